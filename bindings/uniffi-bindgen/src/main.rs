//! `uniffi-bindgen`, built from the same pinned `uniffi` as the library, so generated Kotlin and
//! Swift always match the runtime they call.

fn main() {
    uniffi::uniffi_bindgen_main()
}
