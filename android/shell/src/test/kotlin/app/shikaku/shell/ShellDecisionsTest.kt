package app.shikaku.shell

import app.shikaku.AppCore
import app.shikaku.app.ConfirmationKind
import app.shikaku.app.Event
import app.shikaku.app.Screen
import app.shikaku.app.ScreenView
import app.shikaku.core.Language
import app.shikaku.core.MemberId
import app.shikaku.core.OnlineCheck
import app.shikaku.core.Relation
import app.shikaku.core.Visit
import java.io.File
import java.nio.file.Files
import java.time.LocalDate
import java.time.ZoneOffset
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * What the Android shell no longer decides, through the store as the screens drive it: the
 * forms filled with what is stored and turned into events, the core's confirmations answered by
 * the events they name, the household's ready-made moves, and the visit check the member screen
 * names.
 */
class ShellDecisionsTest {
    private val root = Files.createTempDirectory("shikaku-decisions").toFile()
    // 2026-12-02 12:00 in Japan.
    private val clock = SetClock(LocalDate.of(2026, 12, 2).atTime(12, 0).toEpochSecond(ZoneOffset.ofHours(9)))

    private suspend fun opened(name: String): AppCoreStore {
        val store = AppCoreStore(AppCore(File(root, name).path, Language.EN), FakePhone(clock).ports)
        store.send(Event.Start)
        store.send(Event.CreateWithPlatformKey)
        assertEquals(Screen.Household, store.view.screen)
        return store
    }

    private fun household(store: AppCoreStore) = (store.view.content as ScreenView.Household).view

    private fun member(store: AppCoreStore) = (store.view.content as ScreenView.Member).view

    /** Adds [name] through the household's form, as the screen fills it. */
    private suspend fun add(store: AppCoreStore, name: String, relation: Relation, born: LocalDate) {
        store.send(Event.Navigate(Screen.Household))
        val form = household(store).addForm!!
        val empty = FormEntries.filledFrom(form.fields)
        assertFalse("an empty add form is not complete", empty.complete(form.fields))
        // The picker's instant for the day (UTC midnight, as Material's date picker gives it).
        val picked = EntryValue.dateAt(born.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000)
        val entries = empty.with("name", EntryValue.Text(name)).with("birth_date", picked)
        assertTrue(entries.complete(form.fields))
        store.send(entries.addMember(relation)!!)
    }

    private fun ids(store: AppCoreStore): List<MemberId> = household(store).members.map { it.member }

    /** A store holding one child, added through the form. */
    private suspend fun withChild(name: String): Pair<AppCoreStore, MemberId> {
        val store = opened(name)
        add(store, "デジタル 太郎", Relation.CHILD, LocalDate.of(2014, 6, 1))
        return store to ids(store).single()
    }

    @Test
    fun theEditFormOpensWithWhatIsStoredAndSavesOnlyWhatChanged() = runBlocking {
        val (store, child) = withChild("edit")
        store.send(Event.Navigate(Screen.Member(child)))
        val before = member(store)
        val entries = FormEntries.filledFrom(before.editForm.fields)
        assertEquals(EntryValue.Text("デジタル 太郎"), entries["name"])
        assertEquals(EntryValue.Date(LocalDate.of(2014, 6, 1)), entries["birth_date"])
        assertEquals("the date picker opens on the stored day", entries["birth_date"], EntryValue.dateAt(entries["birth_date"]!!.pickerMillis!!))
        assertNull(entries["kana"])
        val relation = before.editForm.relations.single { it.selected }.relation
        assertEquals(Relation.CHILD, relation)

        store.send(entries.with("kana", EntryValue.Text("デジタル タロウ")).editMember(child, relation)!!)
        val after = member(store)
        assertEquals(before.birth, after.birth)
        assertEquals(EntryValue.Text("デジタル タロウ"), FormEntries.filledFrom(after.editForm.fields)["kana"])

        // The card facts form, drawn on the member screen.
        val card = FormEntries().with("ecert_expires", EntryValue.Date(LocalDate.of(2029, 6, 1))).with("insurance_registered", EntryValue.Toggle(true))
        assertTrue(card.complete(after.cardForm.fields))
        store.send(card.saveCardFacts(child)!!)
        assertTrue("card facts shown", member(store).card.isNotEmpty())
        assertEquals("the card form opens with the stored facts", card, FormEntries.filledFrom(member(store).cardForm.fields))
    }

    @Test
    fun theTripFormOpensWithThePlannedTrip() = runBlocking {
        val (store, child) = withChild("trip")
        store.send(Event.Navigate(Screen.SchoolPack(child)))
        val unplanned = (store.view.content as ScreenView.SchoolPack).view.planForm
        assertTrue("nothing chosen before a trip is planned", unplanned.visits.none { it.selected })
        val trip = FormEntries.filledFrom(unplanned.fields)
            .with("starts", EntryValue.Date(LocalDate.of(2026, 12, 14)))
            .with("ends", EntryValue.Date(LocalDate.of(2026, 12, 16)))
            .with("contact", EntryValue.Text("090-0000-0000"))
        store.send(trip.planSchoolTrip(child, Visit.NURSERY)!!)
        val planned = (store.view.content as ScreenView.SchoolPack).view.planForm
        assertEquals(trip, FormEntries.filledFrom(planned.fields))
        assertEquals(listOf(Visit.NURSERY), planned.visits.filter { it.selected }.map { it.visit })
    }

    @Test
    fun removingAndWipingAreOneEventThenTheCoresQuestion() = runBlocking {
        val store = opened("ask")
        add(store, "デジタル 花子", Relation.MYSELF, LocalDate.of(1988, 5, 20))
        val adult = ids(store).single()
        store.send(Event.Navigate(Screen.Member(adult)))
        store.send(Event.RemoveMember(adult))
        val asked = store.view.confirmation!!
        assertEquals(ConfirmationKind.REMOVE_MEMBER, asked.kind)
        assertTrue(asked.title.contains("デジタル 花子"))
        store.send(asked.cancelEvent)
        assertNull(store.view.confirmation)
        assertEquals(Screen.Member(adult), store.view.screen)
        store.send(Event.RemoveMember(adult))
        store.send(store.view.confirmation!!.confirmEvent)
        assertEquals(Screen.Household, store.view.screen)
        assertEquals(emptyList<MemberId>(), ids(store))

        store.send(Event.WipeVault)
        val wipe = store.view.confirmation!!
        assertEquals(ConfirmationKind.WIPE, wipe.kind)
        store.send(wipe.confirmEvent)
        assertTrue("wiped: the door", store.view.content is ScreenView.Unlock)
        assertNull(store.view.confirmation)
    }

    @Test
    fun rowsCarryTheirMovesAndTheMemberScreenNamesItsVisitCheck() = runBlocking {
        val store = opened("moves")
        add(store, "デジタル 花子", Relation.MYSELF, LocalDate.of(1988, 5, 20))
        add(store, "デジタル 太郎", Relation.CHILD, LocalDate.of(2014, 6, 1))
        val (adult, child) = ids(store)
        val rows = household(store).members
        assertNull(rows[0].moveUp)
        assertNull(rows[1].moveDown)
        store.send(Event.ReorderMembers(rows[0].moveDown!!.order))
        assertEquals(listOf(child, adult), ids(store))

        store.send(Event.Navigate(Screen.Member(adult)))
        val entry = member(store).visitCheckScreen
        assertEquals(Screen.VisitCheck(adult, Visit.CLINIC, OnlineCheck.UNKNOWN), entry)
        store.send(Event.Navigate(entry))
        val visit = (store.view.content as ScreenView.VisitCheck).view
        assertEquals(visit.visits.single { it.selected }.visit, visit.visit)
        assertEquals(visit.onlineChecks.single { it.selected }.onlineCheck, visit.onlineCheck)
        assertEquals((1..visit.steps.size).map { "$it." }, visit.steps.map { it.marker })
    }
}
