//! Link options of the mobile library that the target's linker allows.
//!
//! On Linux with GNU ld (x86_64, the JVM tests' and CI's library), relative relocations are
//! packed into a bitmap (`-z pack-relative-relocs`, DT_RELR): the dynamic loader applies the same
//! relocations, and the section that lists them shrinks from about 190 KiB to a few KiB
//! (docs/benchmarks.md, "Size"). Apple's linker already packs them (chained fixups); the Android
//! build passes lld's `--pack-dyn-relocs` itself.
//!
//! In release builds for Linux and Android (lld or GNU ld), `metadata.ver` makes UniFFI's
//! metadata statics (`UNIFFI_META_*`) local, so the linker drops them: they describe the
//! interface to `uniffi-bindgen`, which reads them from the debug library, and nothing calls them
//! at run time (about 100 KiB; docs/benchmarks.md, "UniFFI metadata"). The version script names
//! each symbol exactly, because the one rustc writes exports each by its exact name and an exact
//! name outranks a wildcard; `bindings/scripts/metadata-symbols` writes it, and
//! `scripts/size-check` fails when a metadata symbol is left in the release library. An Apple
//! build needs none of this: its static library's unreferenced statics are dead-stripped when
//! the app links.

fn main() {
    let var = |name| std::env::var(name).unwrap_or_default();
    let os = var("CARGO_CFG_TARGET_OS");
    let env = var("CARGO_CFG_TARGET_ENV");
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=metadata.ver");
    // PROFILE is "release" for every profile that inherits from release (bench included).
    if (os == "linux" || os == "android") && var("PROFILE") == "release" {
        let script = format!("{}/metadata.ver", var("CARGO_MANIFEST_DIR"));
        println!("cargo:rustc-cdylib-link-arg=-Wl,--version-script={script}");
    }
}
