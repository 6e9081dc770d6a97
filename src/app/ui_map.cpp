// The screen map for UI tests; see ui_map.h.
#include "app/ui_map.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"

namespace nt {

namespace {

// What a test calls a key: the character it types now, or its job.
std::string keyName(const TypingState& typing, const Key& key) {
    switch (key.kind) {
        case KeyKind::Char: return keyOutput(typing, key);
        case KeyKind::Dead: return "dead";
        case KeyKind::Shift: return "shift";
        case KeyKind::Backspace: return "backspace";
        case KeyKind::Space: return "space";
        case KeyKind::Enter: return "enter";
        case KeyKind::Layer: return "layer";
        case KeyKind::Done: return "done";
    }
    return "";
}

nlohmann::json point(const BoardTransform& xf, const KeyboardFrame& f, Vec2 local) {
    const Vec2 p = xf.toScreen(f.toBoard(local));
    return {std::lround(p.x), std::lround(p.y)};
}

}  // namespace

std::unique_ptr<UiMap> UiMap::fromEnvironment() {
    const char* path = std::getenv("NT_UI_MAP");
    if (!path || !*path) return nullptr;
    return std::make_unique<UiMap>(path);
}

void UiMap::write(const KeyboardDesk& desk, const ViewLayout& layout, const BoardTransform& xf) {
    nlohmann::json keyboards = nlohmann::json::array();
    for (const KeyboardSession& s : desk.sessions()) {
        nlohmann::json keys = nlohmann::json::array(), accents = nlohmann::json::array();
        const auto& rows = keyRows(s.frame.layout, s.typing.layer);
        for (const KeyPlace& k : keyPlaces(s.frame, s.typing.layer)) {
            keys.push_back({{"key", keyName(s.typing, rows[k.row][k.col])}, {"at", point(xf, s.frame, k.face.centre())}});
            if (k.row != s.accents.row || k.col != s.accents.col || !s.accents.open()) continue;
            const auto places = accentPlaces(s.frame, k.face, s.accents.choices.size());
            for (size_t i = 0; i < places.size(); ++i)
                accents.push_back({{"key", s.accents.choices[i]}, {"at", point(xf, s.frame, places[i].centre())}});
        }
        keyboards.push_back({{"target", s.target.key}, {"side", sideName(s.frame.side)}, {"text", desk.text(s)},
                             {"keys", keys}, {"accents", accents}});
    }
    auto rects = [](const std::vector<ViewLayout::Shown>& list) {
        nlohmann::json out = nlohmann::json::array();
        for (const ViewLayout::Shown& f : list)
            out.push_back({{"key", f.key},
                           {"rect", {std::lround(f.screen.x0), std::lround(f.screen.y0), std::lround(f.screen.x1), std::lround(f.screen.y1)}}});
        return out;
    };
    const std::string text =
        nlohmann::json{{"keyboards", keyboards}, {"fields", rects(layout.fieldsShown)}, {"buttons", rects(layout.buttons)}}.dump(1);
    if (text == m_last) return;
    try {
        writeFileAtomically(m_path, text);
        m_last = text;
    } catch (const std::exception& e) {
        if (!m_failed) std::fprintf(stderr, "Netwerktafel: NT_UI_MAP %s: %s\n", m_path.c_str(), e.what());
        m_failed = true;  // said once: a test's read-only folder must not fill stderr
    }
}

}  // namespace nt
