// Privacy on screen (Apple-only): the app switcher's snapshot shows a plain cover instead of a
// household's insurance data, and the idle timer follows the view model (off while the counter
// card is held up at reception).
import SwiftUI
import UIKit

extension View {
    /// Covers the content whenever the scene is not active and `enabled` (the view model's
    /// `blockScreenshots`), so the app switcher never shows personal data.
    func coveredWhenInactive(_ enabled: Bool) -> some View {
        modifier(InactiveCover(enabled: enabled))
    }

    /// Keeps the screen on while `keepAwake` (the view model's flag for the counter card).
    func keepsScreenAwake(_ keepAwake: Bool) -> some View {
        onAppear { UIApplication.shared.isIdleTimerDisabled = keepAwake }
            .onChange(of: keepAwake) { _, awake in UIApplication.shared.isIdleTimerDisabled = awake }
            .onDisappear { UIApplication.shared.isIdleTimerDisabled = false }
    }
}

private struct InactiveCover: ViewModifier {
    let enabled: Bool
    @Environment(\.scenePhase) private var phase

    func body(content: Content) -> some View {
        content.overlay {
            if enabled && phase != .active {
                ZStack {
                    Rectangle().fill(.background)
                    Image(systemName: "lock.shield").font(.system(size: 64)).foregroundStyle(.secondary)
                }
                .ignoresSafeArea()
                .accessibilityHidden(true)
            }
        }
    }
}
