//! Writes generated guides (valid, in the project's format), for start-up, memory and scale
//! measurements:
//! - `cargo run --release --example generate-guide -- 1000 1000` writes one guide of 1,000
//!   topics of about 1 KB each (about 1 MB) to standard output;
//! - `cargo run --release --example generate-guide -- --library 1000 DIR` writes 1,000 guides of
//!   about 30 KB each, each with its own medicine, condition and category, into DIR.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--library") {
        let (Some(Ok(n)), Some(dir)) = (args.get(1).map(|a| a.parse::<usize>()), args.get(2))
        else {
            eprintln!("usage: generate-guide --library GUIDES DIR");
            std::process::exit(2);
        };
        let dir = std::path::Path::new(dir);
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("cannot make {}: {e}", dir.display());
            std::process::exit(1);
        }
        for (name, text) in patient_guide::guide::generate::library(n, 25, 1100) {
            if let Err(e) = std::fs::write(dir.join(&name), text) {
                eprintln!("cannot write {name}: {e}");
                std::process::exit(1);
            }
        }
        return;
    }
    let mut args = args.iter().map(|a| a.parse::<usize>());
    let (Some(Ok(topics)), Some(Ok(bytes))) = (args.next(), args.next()) else {
        eprintln!("usage: generate-guide TOPICS BYTES_PER_TOPIC | --library GUIDES DIR");
        std::process::exit(2);
    };
    print!(
        "{}",
        patient_guide::guide::generate::generate(topics, bytes)
    );
}
