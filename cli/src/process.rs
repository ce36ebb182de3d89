//! Process-wide protections set before anything is read: no core dumps. A core dump of a
//! process holding an unlocked vault would write the data key, the passphrase and decrypted
//! records to disk in plaintext (see `docs/security.md`).

/// Sets `RLIMIT_CORE` to 0 (soft and hard), so a crash writes no core file. Best effort: a
/// platform that refuses leaves the limit as it was, which `docs/security.md` describes.
pub(crate) fn disable_core_dumps() {
    #[cfg(unix)]
    {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit reads the struct passed by reference and nothing else; lowering a
        // limit of this process only is always allowed.
        unsafe {
            libc::setrlimit(libc::RLIMIT_CORE, &none);
        }
    }
}
