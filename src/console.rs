//! The Linux console kiosk's lock on switching consoles. On the console, Alt+F1..F12 and
//! Alt+Left/Right switch to another virtual console, where a login prompt waits; the X kiosk
//! sets `DontVTSwitch`, and the console kiosk asks the kernel for the same: `VT_LOCKSWITCH` on
//! its console while it runs, `VT_UNLOCKSWITCH` when it stops. The kernel allows it only with
//! `CAP_SYS_TTY_CONFIG`, so the service runs `patient-guide console-lock` as root before the
//! kiosk starts (`ExecStartPre=+`) and `console-lock --unlock` after it ends (`ExecStopPost=+`);
//! the kiosk itself runs as the unprivileged `kiosk` user.

use std::io;
use std::os::fd::AsRawFd;
use std::path::Path;

/// From <linux/vt.h>.
const VT_LOCKSWITCH: libc::c_ulong = 0x560B;
const VT_UNLOCKSWITCH: libc::c_ulong = 0x560C;

/// Locks (or unlocks) switching away from the console `tty` (a virtual console such as
/// /dev/tty1). The error says why not, in words an administrator can act on.
pub fn lock_switching(tty: &Path, lock: bool) -> Result<(), String> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(tty)
        .map_err(|e| format!("cannot open {}: {e}", tty.display()))?;
    let request = if lock { VT_LOCKSWITCH } else { VT_UNLOCKSWITCH };
    // SAFETY: an open file and an ioctl that takes no argument.
    let done = unsafe { libc::ioctl(file.as_raw_fd(), request as _, 0) };
    if done == 0 {
        return Ok(());
    }
    let e = io::Error::last_os_error();
    let why = match e.raw_os_error() {
        Some(libc::ENOTTY) | Some(libc::EINVAL) => {
            "it is not a Linux virtual console (such as /dev/tty1)".to_string()
        }
        Some(libc::EPERM) => {
            "this needs root (CAP_SYS_TTY_CONFIG); the service runs it with ExecStartPre=+"
                .to_string()
        }
        _ => e.to_string(),
    };
    Err(format!(
        "cannot {} console switching on {}: {why}",
        if lock { "lock" } else { "unlock" },
        tty.display()
    ))
}
