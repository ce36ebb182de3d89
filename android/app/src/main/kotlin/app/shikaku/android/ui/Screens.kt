package app.shikaku.android.ui

import android.app.Activity
import android.graphics.Bitmap
import androidx.compose.foundation.Image
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.asImageBitmap
import androidx.compose.ui.layout.ContentScale
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import app.shikaku.android.R
import app.shikaku.android.platform.SensitiveScreen
import app.shikaku.core.Member
import app.shikaku.core.MemberId
import app.shikaku.core.Severity
import app.shikaku.core.Visit
import app.shikaku.shell.CounterCardView

/*
 * The screens: each draws what it is given and reports taps as events. No rule, date or wording
 * is decided here — the words come from the core (CounterCardView, visit names, member names) or,
 * for the few action labels the core does not word yet, from resources.
 */

/** The household's members; tapping one opens their counter card. */
@Composable
fun MembersScreen(members: List<Member>, onOpen: (MemberId) -> Unit) {
    LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        items(members, key = { it.id }) { member ->
            Button(onClick = { onOpen(member.id) }, modifier = Modifier.fillMaxWidth()) { Text(member.name) }
        }
    }
}

/**
 * The counter card shown to the clerk: what to carry, alerts and steps, then the stored
 * document's pages. Secure (no screenshots, blank in recents) and kept on while shown.
 */
@Composable
fun CounterScreen(
    name: String,
    visits: List<Pair<Visit, String>>,
    visit: Visit,
    card: CounterCardView,
    pages: List<Bitmap>,
    onVisit: (Visit) -> Unit,
    onReadCard: () -> Unit,
    onImport: () -> Unit,
    onBack: () -> Unit,
) {
    SensitiveWindow(atCounter = true)
    LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(name, style = MaterialTheme.typography.headlineMedium) }
        item {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                visits.forEach { (each, label) -> FilterChip(selected = each == visit, onClick = { onVisit(each) }, label = { Text(label) }) }
            }
        }
        item { Text(card.covered, style = MaterialTheme.typography.titleMedium) }
        item { Section(card.carryHeading, card.carry.map { line -> listOfNotNull("${line.item} — ${line.need}", line.copyNote).joinToString("\n") }) }
        if (card.alerts.isNotEmpty()) {
            item { Text(card.alertsHeading, style = MaterialTheme.typography.titleMedium) }
            items(card.alerts) { alert ->
                val colors = if (alert.severity == Severity.CRITICAL) CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.errorContainer) else CardDefaults.cardColors()
                Card(colors = colors, modifier = Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(12.dp)) {
                        Text(alert.title, style = MaterialTheme.typography.titleSmall)
                        Text(alert.action)
                    }
                }
            }
        }
        item { Section(card.stepsHeading, card.steps) }
        items(pages) { page -> DocumentPage(page) }
        item {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Button(onClick = onReadCard, modifier = Modifier.fillMaxWidth()) { Text(stringResource(R.string.action_read_card)) }
                OutlinedButton(onClick = onImport, modifier = Modifier.fillMaxWidth()) { Text(stringResource(R.string.action_import)) }
                OutlinedButton(onClick = onBack, modifier = Modifier.fillMaxWidth()) { Text(stringResource(R.string.action_back)) }
            }
        }
    }
}

@Composable
private fun Section(heading: String, lines: List<String>) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(heading, style = MaterialTheme.typography.titleMedium)
        lines.forEach { Text(it) }
    }
}

/** One page of the stored PDF (drawn by PdfPages); only ever inside a secure screen. */
@Composable
private fun DocumentPage(page: Bitmap) {
    Image(bitmap = page.asImageBitmap(), contentDescription = null, contentScale = ContentScale.FillWidth, modifier = Modifier.fillMaxWidth())
}

/** Marks the window secure (and keeps it on at the counter) while the calling screen is shown. */
@Composable
private fun SensitiveWindow(atCounter: Boolean) {
    val activity = LocalContext.current as? Activity ?: return
    DisposableEffect(activity, atCounter) {
        SensitiveScreen.enter(activity.window, atCounter)
        onDispose { SensitiveScreen.leave(activity.window) }
    }
}
