package app.shikaku.shell

import app.shikaku.app.Event
import app.shikaku.app.FieldValue
import app.shikaku.app.FormField
import app.shikaku.core.CardRecord
import app.shikaku.core.JapanDate
import app.shikaku.core.MemberId
import app.shikaku.core.NewMember
import app.shikaku.core.Relation
import app.shikaku.core.ShikakuException
import app.shikaku.core.Visit
import app.shikaku.japanDateOfUnix
import app.shikaku.unixOfJapanDate

/*
 * What the user entered into a form the core describes (app/src/forms.rs: `MemberForm`,
 * `CardFactsForm`, `TripForm`), kept by the event field each entry fills (`FormField.name`) and
 * turned into the core's event. A form opens with what the core filled in (`FormField.value`: a
 * member's stored details, card facts, planned trip). A picked date is the core's date of the picker's instant in Japan, and a date
 * the core gave opens the picker at noon in Japan that day; nothing else is checked here: the
 * core refuses a bad value with a banner.
 */

/** The value of one entry. */
sealed interface EntryValue {
    /** Typed text (a name, digits, a phone number). */
    data class Text(val text: String) : EntryValue

    /** A picked date. */
    data class Date(val date: JapanDate) : EntryValue

    /** A switch. */
    data class Toggle(val on: Boolean) : EntryValue

    /** Conversions from the core's values and the date picker's instants. */
    companion object {
        /** The entry of a value the core filled in. */
        fun of(value: FieldValue): EntryValue = when (value) {
            is FieldValue.Text -> Text(value.text)
            is FieldValue.Date -> Date(value.date)
            is FieldValue.Toggle -> Toggle(value.on)
        }

        /** The date in Japan of the instant a date picker gave, in milliseconds since the epoch; null for an instant with no date. */
        fun dateAt(millis: Long): EntryValue? = try {
            Date(japanDateOfUnix(Math.floorDiv(millis, MILLIS)))
        } catch (e: ShikakuException) {
            null
        }

        private const val MILLIS = 1000L
    }
}

/** The instant a date picker opens on for this entry (noon in Japan on its day), in milliseconds; null unless a date. */
val EntryValue.pickerMillis: Long?
    get() = (this as? EntryValue.Date)?.let { unixOfJapanDate(it.date) * 1000L }

/** One form's entries, by `FormField.name`; immutable, each change a new value (Compose state). */
data class FormEntries(private val values: Map<String, EntryValue> = emptyMap()) {
    /** The entry that fills the event's field [name]. */
    operator fun get(name: String): EntryValue? = values[name]

    /** These entries with [name] set to [value] (null clears it). */
    fun with(name: String, value: EntryValue?): FormEntries = FormEntries(if (value == null) values - name else values + (name to value))

    /** Whether every entry the form marks `required` holds a value (the submit button waits). */
    fun complete(fields: List<FormField>): Boolean = fields.all { !it.required || values[it.name].let { v -> v != null && v != EntryValue.Text("") } }

    /** `Event.AddMember` (the household's `MemberForm`); null without a name. */
    fun addMember(relation: Relation): Event? = newMember(relation)?.let { Event.AddMember(it) }

    /** `Event.EditMember` (the member's `editForm`); null without a name. */
    fun editMember(member: MemberId, relation: Relation): Event? = newMember(relation)?.let { Event.EditMember(member, it) }

    /** `Event.SaveCardFacts` (`CardFactsForm`); null without the certificate's expiry. */
    fun saveCardFacts(member: MemberId): Event? {
        val ecert = date("ecert_expires") ?: return null
        return Event.SaveCardFacts(member, CardRecord(date("expires"), ecert, toggle("insurance_registered"), text("last4")))
    }

    /** `Event.PlanSchoolTrip` (`TripForm`); null without both days. */
    fun planSchoolTrip(member: MemberId, visit: Visit): Event? {
        val starts = date("starts") ?: return null
        val ends = date("ends") ?: return null
        return Event.PlanSchoolTrip(member, visit, starts, ends, text("contact"))
    }

    private fun newMember(relation: Relation): NewMember? {
        val name = text("name") ?: return null
        return NewMember(name, text("kana"), date("birth_date"), relation, toggle("mynaportal_app"))
    }

    private fun text(name: String): String? = (values[name] as? EntryValue.Text)?.text?.takeIf { it.isNotEmpty() }

    private fun date(name: String): JapanDate? = (values[name] as? EntryValue.Date)?.date

    private fun toggle(name: String): Boolean = (values[name] as? EntryValue.Toggle)?.on ?: false

    /** Forms opened from the core's fields. */
    companion object {
        /** A form holding what the core filled into [fields] (an edit form's stored values). */
        fun filledFrom(fields: List<FormField>): FormEntries =
            FormEntries(fields.mapNotNull { field -> field.value?.let { field.name to EntryValue.of(it) } }.toMap())
    }
}
