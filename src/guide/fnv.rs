//! FNV-1a, 64 bits: a hash that is the same on every machine, version and build (std's is not),
//! for what is kept between runs or builds: the name of a library's catalogue file (`header`)
//! and the hash of the bundled guides that build.rs records (build.rs includes this file).

/// The hash of nothing.
pub const EMPTY: u64 = 0xcbf2_9ce4_8422_2325;

/// `hash` with `bytes` added.
pub fn add(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn it_is_fnv_1a() {
        // The published test vectors of FNV-1a, 64 bits.
        assert_eq!(super::add(super::EMPTY, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::add(super::EMPTY, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::add(super::EMPTY, b"foobar"), 0x8594_4171_f739_67e8);
        // Added in pieces, the same as at once.
        assert_eq!(
            super::add(super::add(super::EMPTY, b"foo"), b"bar"),
            0x8594_4171_f739_67e8
        );
    }
}
