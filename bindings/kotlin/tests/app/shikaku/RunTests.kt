package app.shikaku

import kotlin.system.exitProcess
import org.junit.runner.JUnitCore
import org.junit.runner.notification.Failure

/** Runs the Kotlin suites and ends with the plain summary line CI reads. */
fun main() {
    val result = JUnitCore.runClasses(AdviceTest::class.java, AppCoreTest::class.java, CardTest::class.java, PlanningTest::class.java, VaultTest::class.java)
    result.failures.forEach { failure: Failure ->
        System.err.println("FAILED ${failure.testHeader}: ${failure.message}")
        System.err.println(failure.trace)
    }
    val failed = result.failureCount
    println("kotlin: ${result.runCount - failed} passed, $failed failed")
    exitProcess(if (result.wasSuccessful() && result.runCount > 0) 0 else 1)
}
