// The still board in a layer of its own (see still_layer.h).
#include "view/still_layer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace nt {

namespace {

// As ImGui starts its own background list each frame: the same flags, texture and clip.
ImDrawList* startList(ImDrawList*& list) {
    if (!list) list = new ImDrawList(ImGui::GetDrawListSharedData());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    list->_ResetForNewFrame();
    list->PushTextureID(ImGui::GetIO().Fonts->TexID);
    list->PushClipRect(viewport->Pos, {viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y}, false);
    return list;
}

}  // namespace

StillLayer::~StillLayer() {
    for (ImDrawList* list : m_lists) delete list;
    delete m_check;
}

ImDrawList* StillLayer::begin(ImDrawList* background, const StillKey& key) {
    m_shown = false;
    m_keeping = m_checking = m_atlasNow = m_builtAgain = false;
    if (m_texture == ImTextureID{}) return background;
    m_building = key;
    m_building.atlas = m_atlas.generation();
    if (key.history != 0 && m_building == m_key && m_drawnFrom >= 0 && !m_pending) {
        m_keeping = true;
        // Now and then (a debug build: always) the list is built all the
        // same, to check that it came out as the texture holds it.
        m_checking = ++m_keptSinceCheck >= kCheckEvery;
        if (!m_checking) return nullptr;
        m_keptSinceCheck = 0;
        m_atlasNow = m_atlas.checkBuild();  // as it is: the kept list was drawn from it
        return startList(m_check);
    }
    // Build into the list the texture was not drawn from, to compare the two.
    m_atlasNow = m_atlas.newBuild();
    m_building.atlas = m_atlas.generation();  // it may have started anew
    m_current = m_drawnFrom == 0 ? 1 : 0;
    return startList(m_lists[m_current]);
}

bool StillLayer::buildAgain() {
    if (!m_atlasNow || m_keeping || m_builtAgain || !m_atlas.ranFull()) return false;
    m_builtAgain = true;
    const std::uint64_t before = m_atlas.generation();
    if (!m_atlas.newBuild() || m_atlas.generation() == before) return false;  // at its largest: as it is
    m_building.atlas = m_atlas.generation();
    startList(m_lists[m_current]);
    return true;
}

void StillLayer::end() {
    m_shown = false;
    m_atlasNow = false;
    if (m_texture == ImTextureID{}) return;
    ++m_frames;
    if (m_keeping && m_checking) {
        m_check->_PopUnusedDrawCmd();
        if (!SameDrawing(DrawListView::of(*m_check), DrawListView::of(*m_lists[m_drawnFrom]))) {
            // StillKey misses something the still board is drawn from: a
            // debug build stops; a user's draws what it just built instead.
            std::fputs("netwerktafel: the still board was kept while what it is drawn from changed (view/still_layer)\n",
                       stderr);
#ifndef NDEBUG
            std::abort();
#endif
            m_keeping = false;
            m_current = m_drawnFrom == 0 ? 1 : 0;
            std::swap(m_check, m_lists[m_current]);
        }
    }
    if (m_keeping) {
        ++m_kept;
        m_current = m_drawnFrom;
        m_pending = false;
        m_damage = {};
        m_shown = true;
        return;
    }
    ImDrawList* list = m_lists[m_current];
    list->_PopUnusedDrawCmd();
    const ImGuiIO& io = ImGui::GetIO();
    const int width = static_cast<int>(std::lround(io.DisplaySize.x * io.DisplayFramebufferScale.x));
    const int height = static_cast<int>(std::lround(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    // A texture drawn from another atlas (one that started anew) may show
    // other coverage where a quad of the same corners now samples: all again.
    if (m_drawnFrom < 0 || m_building.atlas != m_key.atlas) {
        m_pending = true;
        m_damage = DamageRect{0, 0, width, height};
    } else if (SameDrawing(DrawListView::of(*list), DrawListView::of(*m_lists[m_drawnFrom]))) {
        m_current = m_drawnFrom;
        m_pending = false;
        m_damage = {};
        m_key = m_building;  // the texture shows this too
    } else {
        m_pending = true;
        m_damage = ListDamage(DrawListView::of(*m_lists[m_drawnFrom]), DrawListView::of(*list),
                              ImGui::GetMainViewport()->Pos, io.DisplayFramebufferScale, width, height);
    }
    m_shown = true;
}

void StillLayer::rendered() {
    m_pending = false;
    m_drawnFrom = m_current;
    m_key = m_building;
    ++m_redraws;
}

std::size_t StillLayer::bytes() const {
    std::size_t total = 0;
    for (const ImDrawList* list : m_lists)
        if (list)
            total += static_cast<std::size_t>(list->VtxBuffer.Capacity) * sizeof(ImDrawVert) +
                     static_cast<std::size_t>(list->IdxBuffer.Capacity) * sizeof(ImDrawIdx) +
                     static_cast<std::size_t>(list->CmdBuffer.Capacity) * sizeof(ImDrawCmd);
    return total;
}

}  // namespace nt
