package app.shikaku.shell

import app.shikaku.alertText
import app.shikaku.copyOkText
import app.shikaku.core.Advice
import app.shikaku.core.Heading
import app.shikaku.core.Language
import app.shikaku.core.Severity
import app.shikaku.coveredText
import app.shikaku.headingText
import app.shikaku.itemName
import app.shikaku.needText
import app.shikaku.stepText

/** One thing to carry, in the core's words. */
data class CarryLine(val item: String, val need: String, val copyNote: String?)

/** One alert, in the core's words, with the core's severity to pick the colour. */
data class AlertLine(val title: String, val action: String, val severity: Severity)

/**
 * What the counter card screen draws, every string the core's (its Fluent resources): the
 * screen only lays these out. Until the app core's view models arrive, this is the one place
 * that asks the core for the words of an [Advice].
 */
data class CounterCardView(
    val covered: String,
    val carryHeading: String,
    val carry: List<CarryLine>,
    val alertsHeading: String,
    val alerts: List<AlertLine>,
    val stepsHeading: String,
    val steps: List<String>,
) {
    companion object {
        /** The words for [advice] in [language]. */
        fun of(advice: Advice, language: Language): CounterCardView = CounterCardView(
            covered = coveredText(language, advice.covered),
            carryHeading = headingText(language, Heading.CARRY),
            carry = advice.carry.map { CarryLine(itemName(language, it.item), needText(language, it.need), if (it.copyOk) copyOkText(language) else null) },
            alertsHeading = headingText(language, Heading.ALERTS),
            alerts = advice.alerts.map { alert -> alertText(language, alert).let { AlertLine(it.title, it.action, alert.severity) } },
            stepsHeading = headingText(language, Heading.STEPS),
            steps = advice.steps.map { stepText(language, it) },
        )
    }
}
