//! Writes a large generated guide (valid, in the project's format) to standard output, for
//! start-up and memory measurements: `cargo run --release --example generate-guide -- 1000 1000`
//! gives 1,000 topics of about 1 KB each (about 1 MB).

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let (Some(Ok(topics)), Some(Ok(bytes))) = (args.next(), args.next()) else {
        eprintln!("usage: generate-guide TOPICS BYTES_PER_TOPIC");
        std::process::exit(2);
    };
    print!(
        "{}",
        patient_guide::guide::generate::generate(topics, bytes)
    );
}
