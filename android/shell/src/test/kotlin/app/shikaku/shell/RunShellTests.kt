package app.shikaku.shell

import kotlin.system.exitProcess
import org.junit.runner.JUnitCore

/** Runs the shell's JUnit suites; the last line is read by scripts/test-android. */
fun main() {
    val result = JUnitCore.runClasses(NotificationPlanTest::class.java, AppCoreJourneyTest::class.java, ImportRulesTest::class.java, ShareRegistryTest::class.java, ShellDecisionsTest::class.java)
    result.failures.forEach { failure ->
        System.err.println("FAILED ${failure.testHeader}: ${failure.message}")
        System.err.println(failure.trace)
    }
    println("shell: ${result.runCount - result.failureCount} passed, ${result.failureCount} failed")
    exitProcess(if (result.wasSuccessful() && result.runCount > 0) 0 else 1)
}
