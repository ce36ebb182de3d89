package app.shikaku.android.ui

import android.graphics.BitmapFactory
import androidx.compose.foundation.Image
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.DatePicker
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.rememberDatePickerState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.produceState
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.ImageBitmap
import androidx.compose.ui.graphics.asImageBitmap
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import app.shikaku.android.platform.PdfPages
import app.shikaku.app.Action
import app.shikaku.app.Confirmation
import app.shikaku.app.DocumentContent
import app.shikaku.app.DocumentView
import app.shikaku.app.EntryKind
import app.shikaku.app.Event
import app.shikaku.app.Fact
import app.shikaku.app.FormField
import app.shikaku.app.Line
import app.shikaku.app.ListItem
import app.shikaku.app.RelationChoice
import app.shikaku.app.Screen
import app.shikaku.app.ScreenView
import app.shikaku.app.Tone
import app.shikaku.app.TripKindChoice
import app.shikaku.app.UnlockAction
import app.shikaku.app.ViewModel
import app.shikaku.core.Relation
import app.shikaku.shell.EntryValue
import app.shikaku.shell.FormEntries
import app.shikaku.shell.cancelEvent
import app.shikaku.shell.confirmEvent
import app.shikaku.shell.pickerMillis
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/*
 * The screens draw the app core's view model as it is — every word, date, tone, default and list
 * marker is the core's — and turn taps into the core's events, one event per tap (the core asks
 * any confirmation itself, drawn as a dialog). Nothing here decides what to show.
 */

/**
 * The current view model: title, banner, back, and the screen's own content. [documents] fetches
 * the bytes of a document the view model names (the counter card's), or null when it cannot.
 */
@Composable
fun AppScreen(model: ViewModel, documents: suspend (Long) -> DocumentContent?, send: (Event) -> Unit) {
    LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        item { Text(model.title, style = MaterialTheme.typography.headlineSmall) }
        model.banner?.let { banner -> item { LineCard(banner) } }
        model.back?.let { back -> item { OutlinedButton(onClick = { send(Event.Navigate(back)) }) { Text("←") } } }
        content(model.content, documents, send)
    }
    model.confirmation?.let { ConfirmationDialog(it, send) }
}

private fun LazyListScope.content(content: ScreenView, documents: suspend (Long) -> DocumentContent?, send: (Event) -> Unit) {
    when (content) {
        is ScreenView.Unlock -> {
            item { Text(content.view.heading, style = MaterialTheme.typography.titleMedium) }
            items(content.view.explanation) { LineText(it) }
            items(content.view.choices) { choice -> UnlockChoiceRow(choice.kind, choice.action, choice.passphraseLabel, send) }
        }
        is ScreenView.Household -> {
            content.view.empty?.let { item { LineText(it) } }
            content.view.damaged?.let { item { LineCard(it) } }
            items(content.view.members, key = { it.member }) { row ->
                Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Button(onClick = { send(Event.Navigate(Screen.Member(row.member))) }, modifier = Modifier.fillMaxWidth().semantics { contentDescription = row.accessibility }) {
                        Column { Text(row.name); Text(row.statusLine.text) }
                    }
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        listOfNotNull(row.moveUp, row.moveDown).forEach { move ->
                            ActionButton(move.action, Modifier.weight(1f)) { send(Event.ReorderMembers(move.order)) }
                        }
                    }
                }
            }
            val add = content.view.add
            val form = content.view.addForm
            if (add != null && form != null) {
                item {
                    Unfolding(add) { CoreForm(form.fields, form.relations.map(::relationChoice), form.submit, { entries, relation -> relation?.let(entries::addMember) }, send) }
                }
            }
            content.view.reminders?.let { item { ActionButton(it) { send(Event.Navigate(Screen.Reminders)) } } }
            content.view.settings?.let { item { ActionButton(it) { send(Event.Navigate(Screen.Settings)) } } }
        }
        is ScreenView.Member -> {
            val view = content.view
            item { Text(view.name, style = MaterialTheme.typography.titleLarge) }
            item { Text(view.relation) }
            item { LineText(view.status) }
            view.birth?.let { item { FactRow(it) } }
            items(view.card + view.pins) { FactRow(it) }
            items(view.missing) { LineText(it) }
            item { CoreForm(view.cardForm.fields, emptyList<FormChoice<Relation>>(), view.cardForm.submit, { entries, _ -> entries.saveCardFacts(view.member) }, send) }
            items(view.documents, key = { it.document }) { row ->
                Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(row.accessibility)
                    ActionButton(row.remove) { send(Event.RemoveDocument(row.document)) }
                }
            }
            item { ActionButton(view.counterCard) { send(Event.Navigate(Screen.CounterCard(view.member))) } }
            item { ActionButton(view.visitCheck) { send(Event.Navigate(view.visitCheckScreen)) } }
            item { ActionButton(view.import) { send(Event.ImportDocument(view.member)) } }
            item { ActionButton(view.scan) { send(Event.ScanCard(view.member)) } }
            item { ActionButton(view.pin) { send(Event.Navigate(Screen.Pin(view.member))) } }
            view.schoolPack?.let { pack -> item { ActionButton(pack) { send(Event.Navigate(Screen.SchoolPack(view.member))) } } }
            item {
                Unfolding(view.edit) {
                    CoreForm(view.editForm.fields, view.editForm.relations.map(::relationChoice), view.editForm.submit, { entries, relation -> relation?.let { entries.editMember(view.member, it) } }, send)
                }
            }
            // The core asks before removing (the dialog).
            item { ActionButton(view.remove) { send(Event.RemoveMember(view.member)) } }
        }
        is ScreenView.CounterCard -> {
            val view = content.view
            item { LineText(view.name) }
            items(view.insurance + view.shareRatio) { FactRow(it) }
            view.document?.let { shown ->
                item { Text(shown.label, style = MaterialTheme.typography.titleMedium) }
                item { StoredDocument(shown.document, shown.label, documents) }
            }
            item { LineText(view.howToShow) }
            view.nothingToShow?.let { item { LineCard(it) } }
        }
        is ScreenView.VisitCheck -> {
            val view = content.view
            // The same screen with one of the two coordinates the view carries changed: the core renders it.
            items(view.visits) { choice -> ChoiceRow(choice.label, choice.selected) { send(Event.Navigate(Screen.VisitCheck(view.member, choice.visit, view.onlineCheck))) } }
            items(view.onlineChecks) { choice -> ChoiceRow(choice.label, choice.selected) { send(Event.Navigate(Screen.VisitCheck(view.member, view.visit, choice.onlineCheck))) } }
            item { LineText(view.covered) }
            item { Text(view.carryHeading, style = MaterialTheme.typography.titleMedium) }
            content.view.carry.forEach { group ->
                item { LineText(group.heading) }
                items(group.items) { row -> Text(listOfNotNull(row.item, row.why, row.note).joinToString("\n")) }
            }
            item { Text(view.alertsHeading, style = MaterialTheme.typography.titleMedium) }
            items(view.alerts) { alert -> Column { LineText(alert.title); Text(alert.action) } }
            item { Text(view.stepsHeading, style = MaterialTheme.typography.titleMedium) }
            items(view.steps) { ListItemRow(it) }
        }
        is ScreenView.CardScan -> {
            val view = content.view
            items(view.instructions) { ListItemRow(it) }
            item { LineText(view.progress) }
            items(view.result) { FactRow(it) }
            view.error?.let { item { LineCard(it) } }
            item { ActionButton(view.start) { send(Event.ScanCard(view.member)) } }
        }
        is ScreenView.Pin -> {
            val view = content.view
            item { LineText(view.intro) }
            items(view.pins) { pin ->
                Column {
                    Text(pin.name, style = MaterialTheme.typography.titleSmall)
                    LineText(pin.tries)
                    pin.guidance.forEach { Text(it) }
                }
            }
            item { ActionButton(view.scan) { send(Event.ScanCard(view.member)) } }
        }
        is ScreenView.SchoolPack -> {
            val view = content.view
            items(view.trip) { FactRow(it) }
            item { Unfolding(view.plan) { CoreForm(view.planForm.fields, view.planForm.visits.map(::visitChoice), view.planForm.submit, { entries, visit -> visit?.let { entries.planSchoolTrip(view.member, it) } }, send) } }
            item { LineText(view.handOver) }
            item { LineText(view.ready) }
            items(view.toDo) { ListItemRow(it) }
            item { ActionButton(view.print) { send(Event.PrintSchoolPack(view.member)) } }
            item { ActionButton(view.share) { send(Event.ShareSchoolPack(view.member)) } }
        }
        is ScreenView.Reminders -> {
            val view = content.view
            view.empty?.let { item { LineText(it) } }
            items(view.upcoming) { Text(it.accessibility) }
            item { OutlinedButton(onClick = { send(Event.SetReminderDetails(!view.detailsOn)) }) { Text(view.detailsLabel) } }
            item { LineText(view.detailsHelp) }
            item { ActionButton(view.exportCalendar) { send(Event.ExportCalendar) } }
        }
        is ScreenView.Import -> {
            val view = content.view
            item { ActionButton(view.pick) { send(Event.ImportDocument(view.member)) } }
            view.kind?.let { kind -> item { Text(kind, style = MaterialTheme.typography.titleMedium) } }
            items(view.kinds) { choice -> ChoiceRow(choice.label, choice.selected) { send(Event.SetImportKind(choice.kind)) } }
            items(view.read) { FactRow(it) }
            items(view.toType, key = { it.name }) { prompt -> TypedField(prompt.label, prompt.hint, prompt.value) { send(Event.TypeImportField(prompt.name, it)) } }
            view.ownerCheck?.let { item { LineCard(it) } }
            item { ActionButton(view.confirm) { send(Event.ConfirmImport) } }
            item { ActionButton(view.cancel) { send(Event.CancelImport) } }
        }
        is ScreenView.Settings -> {
            val view = content.view
            item { Text(view.languageLabel, style = MaterialTheme.typography.titleMedium) }
            items(view.languages) { choice -> ChoiceRow(choice.label, choice.selected) { send(Event.SetLanguage(choice.language)) } }
            item { Text(view.autoLockLabel, style = MaterialTheme.typography.titleMedium) }
            items(view.autoLocks) { choice -> ChoiceRow(choice.label, choice.selected) { send(Event.SetAutoLock(choice.minutes)) } }
            item { LineText(view.backupHelp) }
            item { BackupExport(view.backupPassphraseLabel, view.exportBackup, send) }
            // The core asks before wiping (the dialog).
            item { ActionButton(view.wipe) { send(Event.WipeVault) } }
        }
    }
}

/**
 * The stored document itself, below its label: a PDF's pages through PdfRenderer (from memory,
 * never a file), a photo as an image. The bytes are fetched once per document and dropped with
 * the screen.
 */
@Composable
private fun StoredDocument(document: Long, label: String, documents: suspend (Long) -> DocumentContent?) {
    val pages by produceState<List<ImageBitmap>>(emptyList(), document) {
        // Decoding and drawing the pages is slow work: off the main thread.
        value = withContext(Dispatchers.Default) { documents(document)?.let(::pagesOf) } ?: emptyList()
    }
    Column(Modifier.semantics { contentDescription = label }, verticalArrangement = Arrangement.spacedBy(4.dp)) {
        pages.forEach { page -> Image(page, contentDescription = null, modifier = Modifier.fillMaxWidth()) }
    }
}

/** A document's pages as images, drawn by the view the core names for it. */
private fun pagesOf(content: DocumentContent): List<ImageBitmap> = when (content.view) {
    DocumentView.PDF -> PdfPages(content.bytes).use { pdf -> (0 until pdf.pageCount).map { pdf.render(it, PAGE_WIDTH_PX).asImageBitmap() } }
    DocumentView.IMAGE -> listOfNotNull(BitmapFactory.decodeByteArray(content.bytes, 0, content.bytes.size)?.asImageBitmap())
}

/** How wide a PDF page is drawn, in pixels: sharp on a phone held up at the counter. */
private const val PAGE_WIDTH_PX = 1440

/** One of a set of choices the core offers (its label, whether it is the one in use). */
@Composable
private fun ChoiceRow(label: String, selected: Boolean, accessibility: String = label, onClick: () -> Unit) {
    Row(Modifier.fillMaxWidth().selectable(selected = selected, role = Role.RadioButton, onClick = onClick).semantics { contentDescription = accessibility }, verticalAlignment = Alignment.CenterVertically) {
        RadioButton(selected = selected, onClick = null)
        Text(label)
    }
}

/** A field the user types; each change goes to the core, which keeps the draft. */
@Composable
private fun TypedField(label: String, hint: String, value: String?, onChange: (String) -> Unit) {
    var text by remember { mutableStateOf(value.orEmpty()) }
    OutlinedTextField(text, { text = it; onChange(it) }, label = { Text(label) }, supportingText = { Text(hint) }, singleLine = true, modifier = Modifier.fillMaxWidth())
}

/** The backup passphrase and the export button. */
@Composable
private fun BackupExport(label: String, export: Action, send: (Event) -> Unit) {
    var passphrase by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        OutlinedTextField(passphrase, { passphrase = it }, label = { Text(label) }, visualTransformation = PasswordVisualTransformation(), singleLine = true)
        ActionButton(export) { send(Event.ExportBackup(passphrase)) }
    }
}

@Composable
private fun UnlockChoiceRow(kind: UnlockAction, action: Action, passphraseLabel: String?, send: (Event) -> Unit) {
    var passphrase by remember { mutableStateOf("") }
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        passphraseLabel?.let { label ->
            OutlinedTextField(passphrase, { passphrase = it }, label = { Text(label) }, visualTransformation = PasswordVisualTransformation(), singleLine = true)
        }
        ActionButton(action) {
            send(
                when (kind) {
                    UnlockAction.CREATE_WITH_PLATFORM_KEY -> Event.CreateWithPlatformKey
                    UnlockAction.CREATE_WITH_PASSPHRASE -> Event.CreateWithPassphrase(passphrase)
                    UnlockAction.UNLOCK_WITH_PLATFORM_KEY -> Event.UnlockWithPlatformKey
                    UnlockAction.UNLOCK_WITH_PASSPHRASE -> Event.UnlockWithPassphrase(passphrase)
                    UnlockAction.RESTORE_FROM_BACKUP -> Event.RestoreFromBackup
                    UnlockAction.RESTORE_WITH_PASSPHRASE -> Event.RestoreWithPassphrase(passphrase)
                    // The core then asks to confirm (the dialog).
                    UnlockAction.START_OVER -> Event.WipeVault
                },
            )
        }
    }
}

@Composable
private fun ActionButton(action: Action, modifier: Modifier = Modifier.fillMaxWidth(), onClick: () -> Unit) {
    Button(onClick = onClick, enabled = action.enabled, modifier = modifier.semantics { contentDescription = action.accessibility }) { Text(action.label) }
}

/** The core's question before a wipe or a removal; each button sends the event it names, dismissing cancels. */
@Composable
private fun ConfirmationDialog(question: Confirmation, send: (Event) -> Unit) {
    AlertDialog(
        onDismissRequest = { send(question.cancelEvent) },
        confirmButton = {
            TextButton(onClick = { send(question.confirmEvent) }, modifier = Modifier.semantics { contentDescription = question.confirm.accessibility }) {
                Text(question.confirm.label, color = toneColor(question.style))
            }
        },
        dismissButton = {
            TextButton(onClick = { send(question.cancelEvent) }, modifier = Modifier.semantics { contentDescription = question.cancel.accessibility }) { Text(question.cancel.label) }
        },
        title = { Text(question.title) },
        text = { LineText(question.message) },
    )
}

/** An item of a list the core numbered or bulleted: its marker, then its text, read as one. */
@Composable
private fun ListItemRow(item: ListItem) {
    Row(Modifier.semantics(mergeDescendants = true) {}, horizontalArrangement = Arrangement.spacedBy(6.dp)) {
        Text(item.marker)
        Text(item.text)
    }
}

/** An action that shows [content] below it while open (a form the action opens). */
@Composable
private fun Unfolding(action: Action, content: @Composable () -> Unit) {
    var open by remember { mutableStateOf(false) }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        ActionButton(action) { open = !open }
        if (open) content()
    }
}

/** One of a form's choices (a relation, a kind of trip), with whether the core chose it (an edit form, a planned trip). */
private class FormChoice<T>(val value: T, val label: String, val accessibility: String, val selected: Boolean)

private fun relationChoice(choice: RelationChoice) = FormChoice(choice.relation, choice.label, choice.accessibility, choice.selected)

private fun visitChoice(choice: TripKindChoice) = FormChoice(choice.visit, choice.label, choice.accessibility, choice.selected)

/**
 * A core form: its entries by kind, its choices, and the submit button, enabled once the entries
 * the core marks required are filled and [build] makes an event of them. It opens with what the
 * core filled in, and starts again from it after each submit.
 */
@Composable
private fun <T> CoreForm(fields: List<FormField>, choices: List<FormChoice<T>>, submit: Action, build: (FormEntries, T?) -> Event?, send: (Event) -> Unit) {
    var entries by remember(fields) { mutableStateOf(FormEntries.filledFrom(fields)) }
    var chosen by remember(choices) { mutableStateOf(choices.firstOrNull { it.selected }?.value) }
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        fields.forEach { field -> FieldEntry(field, entries[field.name]) { entries = entries.with(field.name, it) } }
        choices.forEach { choice -> ChoiceRow(choice.label, choice.value == chosen, choice.accessibility) { chosen = choice.value } }
        val event = build(entries, chosen).takeIf { entries.complete(fields) }
        ActionButton(submit.copy(enabled = submit.enabled && event != null)) {
            event?.let(send)
            entries = FormEntries.filledFrom(fields)
        }
    }
}

/** One entry, drawn by its kind: a text field with the keyboard for it, the platform's date picker, a switch. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun FieldEntry(field: FormField, value: EntryValue?, onChange: (EntryValue?) -> Unit) {
    val described = Modifier.fillMaxWidth().semantics { contentDescription = field.accessibility }
    when (field.kind) {
        EntryKind.TEXT, EntryKind.DIGITS, EntryKind.PHONE -> OutlinedTextField(
            (value as? EntryValue.Text)?.text.orEmpty(),
            { onChange(EntryValue.Text(it)) },
            label = { Text(field.label) },
            singleLine = true,
            keyboardOptions = KeyboardOptions(keyboardType = keyboardFor(field.kind)),
            modifier = described,
        )
        EntryKind.DATE -> {
            val state = rememberDatePickerState(initialSelectedDateMillis = value?.pickerMillis)
            // Material's picker gives the chosen day at midnight UTC: the core turns it into the day in Japan.
            LaunchedEffect(state.selectedDateMillis) { state.selectedDateMillis?.let { onChange(EntryValue.dateAt(it)) } }
            DatePicker(state, modifier = described, title = { Text(field.label, Modifier.padding(start = 24.dp, top = 16.dp)) })
        }
        EntryKind.TOGGLE -> Row(described, verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Switch((value as? EntryValue.Toggle)?.on ?: false, { onChange(EntryValue.Toggle(it)) })
            Text(field.label)
        }
    }
}

private fun keyboardFor(kind: EntryKind): KeyboardType = when (kind) {
    EntryKind.DIGITS -> KeyboardType.Number
    EntryKind.PHONE -> KeyboardType.Phone
    EntryKind.TEXT, EntryKind.DATE, EntryKind.TOGGLE -> KeyboardType.Text
}

@Composable
private fun FactRow(fact: Fact) {
    Column(Modifier.semantics { contentDescription = fact.accessibility }) {
        Text(fact.label, style = MaterialTheme.typography.labelMedium)
        Text(fact.value, color = toneColor(fact.tone))
    }
}

@Composable
private fun LineText(line: Line) {
    Text(line.text, color = toneColor(line.tone), fontWeight = if (line.emphasis) FontWeight.Bold else null, modifier = Modifier.semantics { contentDescription = line.accessibility })
}

@Composable
private fun LineCard(line: Line) {
    val container = when (line.tone) {
        Tone.CRITICAL, Tone.WARNING -> MaterialTheme.colorScheme.errorContainer
        else -> MaterialTheme.colorScheme.secondaryContainer
    }
    Card(colors = CardDefaults.cardColors(containerColor = container), modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp)) { LineText(line) }
    }
}

@Composable
private fun toneColor(tone: Tone) = when (tone) {
    Tone.CRITICAL, Tone.WARNING -> MaterialTheme.colorScheme.error
    Tone.OK -> MaterialTheme.colorScheme.primary
    else -> MaterialTheme.colorScheme.onSurface
}
