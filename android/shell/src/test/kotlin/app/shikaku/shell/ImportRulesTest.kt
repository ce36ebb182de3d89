package app.shikaku.shell

import java.io.File
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

    private fun sources(dir: String): List<File> =
        File(project, dir).walkTopDown().filter { it.isFile && it.extension == "kt" }.toList()

    private fun imports(file: File): List<String> =
        file.readLines().map { it.trim() }.filter { it.startsWith("import ") }.map { it.removePrefix("import ").trim() }

    @Test
    fun theShellNamesNothingOfAndroid() {
        val files = sources("shell/src/main")
        assertTrue("the shell has sources", files.size >= 3)
        val offending = files.filter { file -> file.readText().contains(Regex("""\bandroid\.""")) }
        assertEquals(emptyList<File>(), offending)
    }

    @Test
    fun thePlatformAdaptersUseOnlyTheFramework() {
        val files = sources("app/src/main/kotlin/app/shikaku/android/platform")
        assertTrue("the adapters have sources", files.size >= 5)
        val allowed = listOf("android.", "java.", "javax.", "kotlin.", "app.shikaku.")
        val offending = files.flatMap { file -> imports(file).filter { name -> allowed.none(name::startsWith) }.map { "${file.name}: $it" } }
        assertEquals(emptyList<String>(), offending)
    }

    @Test
    fun aForbiddenImportIsCaught() {
        val probe = File.createTempFile("Probe", ".kt").apply { writeText("import androidx.core.app.NotificationCompat\n") }
        try {
            assertEquals(listOf("androidx.core.app.NotificationCompat"), imports(probe).filter { !it.startsWith("android.") })
        } finally {
            probe.delete()
        }
    }
}
