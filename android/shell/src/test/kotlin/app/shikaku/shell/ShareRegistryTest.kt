package app.shikaku.shell

import app.shikaku.AppCore
import app.shikaku.app.Event
import app.shikaku.app.ScreenView
import app.shikaku.core.Language
import java.io.File
import java.nio.file.Files
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Test

/** The share registry behind the Android share provider: one-time tokens, expiry, the chooser's outcome, lock. */
class ShareRegistryTest {
    private val lifetime = 60_000L
    private val start = 1_000_000L
    private val page = SharedFile("shikaku-school-pack.html", "text/html", "<p>pack</p>".toByteArray())

    @Test
    fun eachOfferHasItsOwnRandomTokenAndServesItsFile() {
        val registry = ShareRegistry(lifetime)
        val tokens = (1..200).map { registry.offer(SharedFile("f$it", "text/plain", byteArrayOf(it.toByte())), start) }
        assertEquals("no token handed out twice", tokens.size, tokens.toSet().size)
        tokens.forEach { assertTrue(it, Regex("[0-9a-f]{32}").matches(it)) }
        tokens.forEachIndexed { i, token ->
            val file = registry.lookup(token, start)
            assertEquals("f${i + 1}", file?.name)
            assertArrayEquals(byteArrayOf((i + 1).toByte()), file?.bytes)
        }
        assertNull("an unknown token serves nothing", registry.lookup("0".repeat(32), start))
    }

    @Test
    fun aShareExpiresAtTheEndOfItsLifetimeAndStaysGone() {
        val registry = ShareRegistry(lifetime)
        val token = registry.offer(page, start)
        assertSame(page, registry.lookup(token, start + lifetime - 1))
        assertNull(registry.lookup(token, start + lifetime))
        assertNull("an expired share does not come back", registry.lookup(token, start))
        val later = registry.offer(page, start + lifetime)
        assertNotEquals(token, later)
        assertSame("a share offered later lives from its own offer", page, registry.lookup(later, start + 2 * lifetime - 1))
    }

    @Test
    fun aChosenTargetMeansSharedAndTheFileStaysReadable() = runBlocking {
        val registry = ShareRegistry(lifetime)
        val token = registry.offer(page, start)
        registry.choose(token)
        assertTrue(registry.settle(token, graceMillis = 10_000))
        assertSame("the chosen app may read after the sheet is gone", page, registry.lookup(token, start + 1))
    }

    @Test
    fun aCallbackArrivingAfterTheSheetsResultStillCounts() = runBlocking {
        val registry = ShareRegistry(lifetime)
        val token = registry.offer(page, start)
        launch {
            delay(50)
            registry.choose(token)
        }
        val began = System.nanoTime()
        assertTrue(registry.settle(token, graceMillis = 10_000))
        assertTrue("settled on the callback, not at the end of the grace", System.nanoTime() - began < 5_000_000_000L)
    }

    @Test
    fun noTargetMeansCancelledAndTheFileIsForgotten() = runBlocking {
        val registry = ShareRegistry(lifetime)
        val token = registry.offer(page, start)
        val other = registry.offer(page, start)
        registry.choose("not-a-token")
        assertFalse(registry.settle(token, graceMillis = 20))
        assertNull(registry.lookup(token, start))
        registry.choose(token)
        assertFalse("a late callback does not revive it", registry.settle(token, graceMillis = 0))
        assertNull(registry.lookup(token, start))
        assertSame("only that share is forgotten", page, registry.lookup(other, start))
    }

    @Test
    fun lockingTheAppForgetsEveryShare() = runBlocking {
        val root = Files.createTempDirectory("shikaku-share").toFile()
        try {
            val registry = ShareRegistry(lifetime)
            val store = AppCoreStore(AppCore(File(root, "phone").path, Language.EN), FakePhone(SetClock(1_796_000_000)).ports, registry::forgetWhenLocked)
            store.send(Event.Start)
            store.send(Event.CreateWithPlatformKey)
            assertFalse(store.view.content is ScreenView.Unlock)
            val token = registry.offer(page, start)
            registry.forgetWhenLocked(store.view)
            assertSame("an open vault keeps its shares", page, registry.lookup(token, start))

            store.send(Event.Lock)
            assertTrue(store.view.content is ScreenView.Unlock)
            assertNull(registry.lookup(token, start))
        } finally {
            root.deleteRecursively()
        }
    }
}
