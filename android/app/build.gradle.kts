// The Android app: Compose UI, the framework adapters and the Rust library for three ABIs.
// `cargo ndk` (cargo install cargo-ndk; ANDROID_NDK_HOME set) cross-builds libshikaku_ffi.so into
// build/rustJniLibs/<abi>/, packed as jniLibs; the shell module generates the Kotlin bindings.
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

val repo: File = rootDir.parentFile
val abis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")
val rustJniLibs = layout.buildDirectory.dir("rustJniLibs")

val cargoNdk by tasks.registering(Exec::class) {
    description = "Builds libshikaku_ffi.so for ${abis.joinToString()} with cargo-ndk (release profile)."
    workingDir = repo
    val targets = abis.flatMap { listOf("-t", it) }
    commandLine(listOf("cargo", "ndk") + targets + listOf("--platform", "30", "-o", rustJniLibs.get().asFile.path, "build", "--release", "--locked", "-p", "shikaku-ffi"))
    inputs.files(fileTree(repo) { include("core/src/**", "bindings/src/**", "Cargo.lock", "**/Cargo.toml") })
    outputs.dir(rustJniLibs)
}

android {
    namespace = "app.shikaku.android"
    compileSdk = 36

    defaultConfig {
        applicationId = "app.shikaku.pocket"
        minSdk = 30 // memfd for PdfRenderer, Keystore auth parameters, BiometricPrompt authenticators
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        ndk { abiFilters += abis }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures { compose = true }

    sourceSets["main"].apply {
        java.srcDir("src/main/kotlin")
        jniLibs.srcDir(rustJniLibs)
    }
}

kotlin { jvmToolchain(17) }

tasks.named("preBuild") { dependsOn(cargoNdk) }

dependencies {
    implementation(project(":shell"))
    // JNA's AAR carries libjnidispatch.so for every Android ABI; the UniFFI bindings load through it.
    implementation("${libs.jna.get().module}:${libs.versions.jna.get()}@aar")
    implementation(platform(libs.compose.bom))
    implementation(libs.compose.ui)
    implementation(libs.compose.foundation)
    implementation(libs.compose.material3)
    implementation(libs.activity.compose)
}
