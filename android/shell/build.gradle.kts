// The pure-Kotlin shell: no Android, so it builds and tests on the JVM. It compiles the UniFFI
// Kotlin bindings generated from the host build of the Rust library by the pinned bindgen
// (bindings/uniffi-bindgen), and its tests load that host library through JNA.
import org.gradle.internal.os.OperatingSystem

plugins {
    alias(libs.plugins.kotlin.jvm)
}

val repo: File = rootDir.parentFile
val cargoTarget = File(repo, "target")
val hostLibrary = File(cargoTarget, if (OperatingSystem.current().isMacOsX) "debug/libshikaku_ffi.dylib" else "debug/libshikaku_ffi.so")
val generated = layout.buildDirectory.dir("generated/uniffi")

// One cargo build of the library and the bindgen (as bindings/scripts/generate.sh does), then
// UniFFI library mode writes the Kotlin bindings.
val buildHostLibrary by tasks.registering(Exec::class) {
    workingDir = repo
    commandLine("cargo", "build", "--locked", "-p", "shikaku-ffi", "-p", "uniffi-bindgen")
    inputs.files(fileTree(repo) { include("core/src/**", "bindings/src/**", "Cargo.lock", "**/Cargo.toml", "bindings/uniffi.toml") })
    outputs.file(hostLibrary)
}

val generateBindings by tasks.registering(Exec::class) {
    dependsOn(buildHostLibrary)
    workingDir = repo
    commandLine(
        File(cargoTarget, "debug/uniffi-bindgen").path, "generate", "--no-format",
        "--library", hostLibrary.path, "--language", "kotlin", "--out-dir", generated.get().asFile.path,
    )
    inputs.file(hostLibrary)
    outputs.dir(generated)
}

kotlin {
    jvmToolchain(17)
    sourceSets["main"].kotlin.srcDir(generateBindings.map { generated.get() })
}

dependencies {
    // JNA as a jar here; the app packs the Android AAR instead (with its native dispatch libraries).
    compileOnly(libs.jna)
    // The bindings' async calls and the share registry's wait for the share sheet's callback;
    // scripts/test-android compiles the shell against scripts/setup's kotlinx-coroutines 1.10.2.
    implementation(libs.kotlinx.coroutines)
    testImplementation(libs.jna)
    testImplementation(libs.junit)
}

tasks.test {
    dependsOn(buildHostLibrary)
    systemProperty("jna.library.path", hostLibrary.parentFile.path)
    systemProperty("shikaku.fixtures", File(repo, "core/tests/fixtures").path)
    systemProperty("shikaku.android", rootDir.path)
}
