// Shikaku Pocket for Android: the app (Compose UI and framework adapters) and the pure-Kotlin
// shell it drives. The Rust library and its Kotlin bindings are built by the Gradle tasks in
// shell/ and app/ from the repository root (one level up).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "shikaku-pocket"
include(":shell", ":app")
