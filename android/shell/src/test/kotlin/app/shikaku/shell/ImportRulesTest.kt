package app.shikaku.shell

import java.io.File
import java.nio.file.Files
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * What each layer of the Android project may import, checked on the sources: the shell is pure
 * Kotlin (it runs on the JVM), the platform adapters use only the Android framework, the
 * bindings and the shell (they compile against android-all alone).
 */
class ImportRulesTest {
    private val project = File(System.getProperty("shikaku.android"))

    private fun sources(dir: File): List<File> = dir.walkTopDown().filter { it.isFile && it.extension == "kt" }.toList()

    /** `file: name` for every import outside [allowed], and every fully qualified `android.` use when [allowed] has none. */
    private fun violations(dir: File, allowed: List<String>): List<String> = sources(dir).flatMap { file ->
        val lines = file.readLines().map { it.trim() }
        val imports = lines.filter { it.startsWith("import ") }.map { it.removePrefix("import ").trim() }
        val outside = imports.filter { name -> allowed.none(name::startsWith) }
        val qualified = if (allowed.any { it.startsWith("android.") }) emptyList() else lines.filter { Regex("""(?<![-/\w])android\.[a-z]""").containsMatchIn(it) && !it.startsWith("import ") }
        (outside + qualified).map { "${file.name}: $it" }
    }

    private val pure = listOf("java.", "javax.", "kotlin.", "kotlinx.coroutines.", "app.shikaku.", "org.junit.")
    private val framework = listOf("android.", "java.", "javax.", "kotlin.", "app.shikaku.")

    @Test
    fun theShellNamesNothingOfAndroid() {
        val main = File(project, "shell/src/main")
        assertTrue("the shell has sources", sources(main).size >= 3)
        assertEquals(emptyList<String>(), violations(main, pure))
    }

    @Test
    fun thePlatformAdaptersUseOnlyTheFramework() {
        val adapters = File(project, "app/src/main/kotlin/app/shikaku/android/platform")
        assertTrue("the adapters have sources", sources(adapters).size >= 5)
        assertEquals(emptyList<String>(), violations(adapters, framework))
    }

    @Test
    fun theChecksCatchAForbiddenImportOrName() {
        val dir = Files.createTempDirectory("probe").toFile()
        try {
            File(dir, "Probe.kt").writeText("import androidx.core.app.NotificationCompat\nimport android.os.Bundle\nval x = android.os.Build.VERSION.SDK_INT\n")
            assertEquals(listOf("Probe.kt: androidx.core.app.NotificationCompat"), violations(dir, framework))
            assertEquals(3, violations(dir, pure).size)
        } finally {
            dir.deleteRecursively()
        }
    }
}
