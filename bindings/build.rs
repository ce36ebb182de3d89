//! Link options of the mobile library that the target's linker allows.
//!
//! On Linux with GNU ld (x86_64, the JVM tests' and CI's library), relative relocations are
//! packed into a bitmap (`-z pack-relative-relocs`, DT_RELR): the dynamic loader applies the same
//! relocations, and the section that lists them shrinks from about 190 KiB to a few KiB
//! (docs/benchmarks.md, "Size"). Apple's linker already packs them (chained fixups); the Android
//! build passes lld's `--pack-dyn-relocs` itself.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
    }
}
