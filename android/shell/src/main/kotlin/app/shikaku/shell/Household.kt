package app.shikaku.shell

import app.shikaku.DocumentList
import app.shikaku.HouseholdVault
import app.shikaku.ImportedDocument
import app.shikaku.MemberList
import app.shikaku.PinStatus
import app.shikaku.core.Advice
import app.shikaku.core.CardRecord
import app.shikaku.core.CardTransport
import app.shikaku.core.DocumentId
import app.shikaku.core.Escort
import app.shikaku.core.KeyProvider
import app.shikaku.core.Language
import app.shikaku.core.MemberId
import app.shikaku.core.MemberSchoolPack
import app.shikaku.core.NewMember
import app.shikaku.core.OnlineCheck
import app.shikaku.core.PinKind
import app.shikaku.core.PinOutcome
import app.shikaku.core.ShikakuException
import app.shikaku.core.Visit
import app.shikaku.japanDateOfUnix
import app.shikaku.readCard
import java.io.File
import java.time.LocalDate

/** The vault setting that makes reminder titles name the member (the core words them). */
private const val DETAILED_SETTING = "reminders.detailed"

/** The platform services a [Household] drives. */
class Ports(
    /** The platform key that wraps the vault's data key (the Android Keystore). */
    val keys: KeyProvider,
    /** The wall clock. */
    val clock: Clock,
    /** Where reminders become notifications. */
    val notifications: NotificationScheduler,
    /** Documents the user picks or creates outside the app. */
    val documents: DocumentStore,
    /** A private directory for the short-lived backup file (the app's no-backup cache). */
    val scratch: File,
)

/**
 * The effect router between the Android code and the core: every user action is one call into
 * the vault, and its platform consequences — today's date from the clock, the card read outside
 * any vault call, the bytes from or to a picked document, the notifications re-planned from the
 * full desired set after any change — happen here, behind [Ports]. It decides nothing: dates,
 * rules and wording come from the core.
 */
class Household private constructor(private val vault: HouseholdVault, private val ports: Ports, language: Language) {
    /** The language the core words reminders in; changing it re-words the scheduled ones. */
    var language: Language = language
        private set

    companion object {
        /** Creates the household's vault in [dir] (the first run). */
        fun create(dir: String, ports: Ports, language: Language): Household =
            Household(HouseholdVault.createWithKey(dir, ports.keys), ports, language)

        /** Opens the vault in [dir]; a lost platform key is `ShikakuException.KeyUnavailable`. */
        fun open(dir: String, ports: Ports, language: Language): Household =
            Household(HouseholdVault.openWithKey(dir, ports.keys), ports, language)

        /**
         * Opens the vault in [dir], creating it on the first run. The core refuses to create
         * over an existing vault before touching the key, so this never replaces one.
         */
        fun openOrCreate(dir: String, ports: Ports, language: Language): Household = try {
            create(dir, ports, language)
        } catch (e: ShikakuException.AlreadyExists) {
            open(dir, ports, language)
        }

        /** Restores the backup behind [backupRef] into a new vault in [dir], wrapped for the platform key. */
        fun restore(dir: String, backupRef: String, passphrase: String, ports: Ports, language: Language): Household {
            val vault = withScratchFile(ports) { file ->
                file.writeBytes(ports.documents.read(backupRef))
                HouseholdVault.restoreBackup(dir, file.path, passphrase, ports.keys)
            }
            return Household(vault, ports, language).also { it.replanReminders(refresh = true) }
        }

        private fun <T> withScratchFile(ports: Ports, use: (File) -> T): T {
            ports.scratch.mkdirs()
            val file = File.createTempFile("backup", ".tmp", ports.scratch)
            try {
                return use(file)
            } finally {
                file.delete()
            }
        }
    }

    /** Today's date in Japan, from the platform clock. */
    fun today(): LocalDate = japanDateOfUnix(ports.clock.nowSeconds())

    /** The household's members, in order. */
    fun members(): MemberList = vault.members()

    /** Adds a member and plans their reminders. */
    fun addMember(member: NewMember): MemberId = vault.addMember(member).also { replanReminders() }

    /** Removes a member; their reminders are cancelled. */
    fun removeMember(member: MemberId) {
        vault.removeMember(member)
        replanReminders()
    }

    /** Imports the document behind [ref] (picked by the user) for [member]. */
    fun importDocument(member: MemberId, ref: String, sourceName: String, typed: Map<String, String> = emptyMap()): ImportedDocument =
        vault.importDocument(member, ports.documents.read(ref), null, typed, sourceName, today()).also { replanReminders() }

    /** A member's stored documents (summaries). */
    fun documents(member: MemberId): DocumentList = vault.documents(member)

    /** A stored document's original bytes, to show or print. */
    fun document(document: DocumentId): ByteArray = vault.exportDocument(document)

    /** Copies a stored document to [ref] (created by the user). */
    fun exportDocument(document: DocumentId, ref: String) = ports.documents.write(ref, vault.exportDocument(document))

    /** Stores the member's card facts as the user typed them. */
    fun setCard(member: MemberId, card: CardRecord) {
        vault.setCard(member, card)
        replanReminders()
    }

    /**
     * Reads the card over [transport] (no PIN is sent) and stores what it says for [member].
     * The card is read before the vault is called, as the FFI requires. Returns whether the
     * member's card facts changed.
     */
    fun readCardInto(member: MemberId, transport: CardTransport): Boolean {
        val read = readCard(transport)
        return vault.applyCardRead(member, read, today()).also { replanReminders() }
    }

    /** Logs a PIN entry the user reports. */
    fun recordPin(member: MemberId, kind: PinKind, outcome: PinOutcome) {
        vault.recordPin(member, kind, outcome, today())
        replanReminders()
    }

    /** Every PIN's state and the core's guidance. */
    fun pinStatus(member: MemberId): List<PinStatus> = vault.pinStatus(member)

    /** The core's advice for a visit today. */
    fun advise(member: MemberId, visit: Visit, online: OnlineCheck, escort: Escort? = null): Advice =
        vault.advise(member, visit, online, escort, today())

    /** The school or nursery pack for a child, worded in [language]. */
    fun schoolPack(member: MemberId, visit: Visit, parentContact: String?): MemberSchoolPack =
        vault.schoolPack(member, visit, parentContact, today(), language)

    /** Dismisses a reminder; it is cancelled and not planned again. */
    fun acknowledgeReminder(member: MemberId, reminder: String) {
        vault.acknowledgeReminder(member, reminder, today())
        replanReminders()
    }

    /** Writes a passphrase-protected backup to [ref] (created by the user). */
    fun exportBackup(ref: String, passphrase: String) = withScratchFile(ports) { file ->
        vault.exportBackup(file.path, passphrase)
        ports.documents.write(ref, file.readBytes())
    }

    /** Whether reminder titles name the member (a stored setting; discreet by default). */
    fun detailedReminders(): Boolean = vault.setting(DETAILED_SETTING) == true.toString()

    /** Changes whether reminder titles name the member, and re-words the scheduled ones. */
    fun setDetailedReminders(detailed: Boolean) {
        vault.setSetting(DETAILED_SETTING, detailed.toString())
        replanReminders(refresh = true)
    }

    /** Changes the language of the core's words, and re-words the scheduled reminders. */
    fun changeLanguage(language: Language) {
        this.language = language
        replanReminders(refresh = true)
    }

    /**
     * Makes the scheduled notifications exactly the core's desired set for every member: on
     * every start, after boot, and after each change above.
     */
    fun replanReminders(refresh: Boolean = false): NotificationPlan {
        val today = today()
        val detailed = detailedReminders()
        val desired = vault.members().members.flatMap { vault.reminders(it.id, today, language, detailed) }
        return ports.notifications.replan(desired.map(::plannedNotification), refresh)
    }
}
