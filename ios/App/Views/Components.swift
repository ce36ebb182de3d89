// The building blocks every screen draws with (Apple-only): a core `Line` (text, tone, emphasis,
// VoiceOver text), a `Fact` (label and value), a numbered or bulleted `ListItem` list, an
// `Action` button. Tones map to the system's
// semantic colours, so dark mode and Increase Contrast come from iOS; fonts are text styles, so
// Dynamic Type applies everywhere. No word or date is chosen here.
import ShikakuPocket
import SwiftUI

extension Tone {
    /// The platform colour of a tone.
    var color: Color {
        switch self {
        case .plain: .primary
        case .ok: .green
        case .info: .blue
        case .warning: .orange
        case .critical: .red
        }
    }

    /// The SF Symbol shown beside a line of this tone (decorative: VoiceOver reads the line).
    var symbol: String? {
        switch self {
        case .plain: nil
        case .ok: "checkmark.circle.fill"
        case .info: "info.circle.fill"
        case .warning: "exclamationmark.triangle.fill"
        case .critical: "exclamationmark.octagon.fill"
        }
    }
}

/// One line of the core's text.
struct LineText: View {
    let line: Line
    var font: Font = .body

    var body: some View {
        HStack(alignment: .firstTextBaseline, spacing: 8) {
            if let symbol = line.tone.symbol {
                Image(systemName: symbol).foregroundStyle(line.tone.color).accessibilityHidden(true)
            }
            Text(line.text)
                .font(line.emphasis ? font.weight(.bold) : font)
                .foregroundStyle(line.tone == .plain ? Color.primary : line.tone.color)
                .fixedSize(horizontal: false, vertical: true)
        }
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(line.accessibility)
    }
}

/// A label and its value, as printed on a document.
struct FactRow: View {
    let fact: Fact
    var large = false

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(fact.label).font(large ? .headline : .caption).foregroundStyle(.secondary)
            Text(fact.value)
                .font(large ? .largeTitle.monospacedDigit() : .body)
                .foregroundStyle(fact.tone == .plain ? Color.primary : fact.tone.color)
                .textSelection(.disabled)
        }
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(fact.accessibility)
    }
}

/// A list the core numbered or bulleted: each item after its marker, read as one.
struct ListItems: View {
    let items: [ListItem]

    var body: some View {
        ForEach(Array(items.enumerated()), id: \.offset) { _, item in
            HStack(alignment: .firstTextBaseline, spacing: 6) {
                Text(item.marker).monospacedDigit()
                Text(item.text).fixedSize(horizontal: false, vertical: true)
            }
            .accessibilityElement(children: .combine)
        }
    }
}

/// A button for a core `Action`.
struct ActionButton: View {
    let action: Action
    var prominent = false
    let perform: () -> Void

    var body: some View {
        Button(action: perform) {
            Text(action.label).frame(maxWidth: .infinity)
        }
        .modifier(ButtonLook(prominent: prominent))
        .disabled(!action.enabled)
        .accessibilityLabel(action.accessibility)
    }
}

private struct ButtonLook: ViewModifier {
    let prominent: Bool

    func body(content: Content) -> some View {
        if prominent {
            content.buttonStyle(.borderedProminent).controlSize(.large)
        } else {
            content.buttonStyle(.bordered)
        }
    }
}
