//! Writing a file whole: "My questions", a kiosk's counts and its status file are either the old
//! file or the whole new one, never a mix, whatever happens while they are written. And reading
//! a small file the app keeps, safely.

/// The text of a small file the app keeps (the saved questions, the staff PIN's tries): `None`
/// when there is none yet. Only a regular file of at most `max` bytes is read: a pipe or a
/// device put in its place is an error, never a wait or a read without end.
pub fn read_small(path: &std::path::Path, max: u64) -> std::io::Result<Option<String>> {
    match read_small_bytes(path, max)? {
        None => Ok(None),
        Some(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| std::io::Error::other("the file is not UTF-8 text")),
    }
}

/// `read_small` for bytes that are not text. The file is opened without waiting (a pipe put in
/// its place between a look and the opening cannot block) and checked on the open handle, and
/// at most `max` bytes are read even if it grows meanwhile.
pub fn read_small_bytes(path: &std::path::Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
    {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
        Ok(f) => f,
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if meta.len() > max {
        let most = if max >= 1 << 20 {
            format!("{} MB", max >> 20)
        } else {
            format!("{max} bytes")
        };
        return Err(std::io::Error::other(format!("the file is over {most}")));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max).read_to_end(&mut bytes)?;
    Ok(Some(bytes))
}

/// Writes `text` to `path` so that the file is either the old one or the whole new one, never a
/// mix: the text goes to a new file beside it, is flushed to disk, and then takes the old one's
/// place. A full disk or any other failure leaves the earlier file as it was. Only a regular file
/// (or none) is replaced: writing to a pipe or a device could block forever.
pub fn write_whole(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    write_whole_bytes(path, text.as_bytes())
}

/// `write_whole` for bytes that are not text.
pub fn write_whole_bytes(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    // The new file keeps the old one's permissions; a first one gets a file's usual 0644 (less
    // the umask), not the 0600 of a temporary file.
    let mode = match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            return Err(std::io::Error::other(
                "it is not a regular file (a folder, pipe or device)",
            ));
        }
        Ok(m) => m.permissions().mode() & 0o777,
        Err(_) => 0o644,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut tmp = tempfile::Builder::new()
        .permissions(std::fs::Permissions::from_mode(mode))
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::write_whole as save;

    /// Issue 25: a saved list was left readable by its owner only (0600), unlike any other file
    /// the user makes; a replaced file keeps its own permissions.
    #[test]
    fn a_saved_file_has_a_files_usual_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let usual = dir.path().join("usual.txt");
        std::fs::write(&usual, "x").unwrap();
        let usual = std::fs::metadata(&usual).unwrap().permissions().mode() & 0o777;
        let path = dir.path().join("questions.txt");
        save(&path, "1. A question\n").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        // As a file made by any program (0666 less the umask), without the write bits for others.
        assert_eq!(mode, usual & 0o644, "{mode:o} against {usual:o}");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        save(&path, "2. Another\n").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn a_save_replaces_the_whole_file_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("questions.txt");
        std::fs::write(&path, "an earlier, longer list of questions\n".repeat(50)).unwrap();
        save(&path, "1. A new list\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "1. A new list\n");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_failed_save_leaves_the_earlier_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        // A folder stands where the file would go: the rename fails after the text was written.
        let path = dir.path().join("questions.txt");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside"), "kept").unwrap();
        assert!(save(&path, "1. New\n").is_err());
        assert_eq!(
            std::fs::read_to_string(path.join("inside")).unwrap(),
            "kept"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no stray file"
        );
        // No folder to write in: an error, and nothing is created.
        let missing = dir.path().join("no/such/folder/q.txt");
        assert!(save(&missing, "1. New\n").is_err());
        assert!(!dir.path().join("no").exists());
    }

    #[test]
    fn a_pipe_is_refused_at_once_instead_of_waiting_for_a_reader() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let e = save(&fifo, "1. New\n").unwrap_err();
        assert!(e.to_string().contains("not a regular file"), "{e}");
    }
}
