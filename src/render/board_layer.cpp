// The still board's texture (see board_layer.h).
#include "render/board_layer.h"

#include <glad/gl.h>
#include <backends/imgui_impl_opengl3.h>

#include "view/draw_list_cut.h"

namespace nt {

bool BoardLayer::make(int width, int height) {
    if (m_target.make(width, height, GL_RGB8, GL_RGB)) return true;
    m_failed = true;
    return false;
}

ImTextureID BoardLayer::texture() {
    if (m_failed) return ImTextureID{};
    if (!m_target.made() && !make(1, 1)) return ImTextureID{};
    return m_target.id();
}

bool BoardLayer::draw(const ImDrawList& list, int width, int height, ImVec4 paper, DamageRegion damage) {
    if (m_failed || width <= 0 || height <= 0) return false;
    if (width != m_target.width() || height != m_target.height()) damage = DamageRect{0, 0, width, height};  // a new texture holds nothing yet
    if (!make(width, height)) return false;
    if (damage.empty()) return true;
    glBindFramebuffer(GL_FRAMEBUFFER, m_target.framebuffer());
    glViewport(0, 0, width, height);
    glClearColor(paper.x, paper.y, paper.z, paper.w);
    // The list alone, laid out as the frame's own draw data is.
    const ImDrawData* frame = ImGui::GetDrawData();
    ImDrawList* lists[] = {const_cast<ImDrawList*>(&list)};  // its clip rectangles narrowed and put back
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplayPos = frame->DisplayPos;
    data.DisplaySize = frame->DisplaySize;
    data.FramebufferScale = frame->FramebufferScale;
    // The alpha stays the clear's 1, as in the window's buffer (blending
    // would round it to 254 at an anti-aliased edge).
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_FALSE);
    const auto scissor = [&](const DamageRect& r) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(r.x0, height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
        glClear(GL_COLOR_BUFFER_BIT);
    };
    if (damage.area() >= static_cast<long>(width) * height) {
        DrawEachRect(data, damage, [&](const DamageRect& r) {
            scissor(r);
            ImGui_ImplOpenGL3_RenderDrawData(&data);
        });
    } else {
        // A rectangle draws only the triangles that reach into it (a lifted
        // note on a board of thousands: a few hundred, not all of them).
        const DrawListCut cuts(list, data.DisplayPos, data.FramebufferScale);
        ImDrawList cut(ImGui::GetDrawListSharedData());
        ImDrawList* cutLists[] = {&cut};
        ImDrawData cutData = data;
        cutData.CmdLists = cutLists;
        for (const DamageRect& r : damage.rects()) {
            cuts.cut(r, cut);
            cutData.TotalVtxCount = cut.VtxBuffer.Size;
            cutData.TotalIdxCount = cut.IdxBuffer.Size;
            ClipToDamage(cutData, r);
            scissor(r);
            ImGui_ImplOpenGL3_RenderDrawData(&cutData);
        }
    }
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return true;
}

bool BoardLayer::copyToWindow(int width, int height, ImVec4 paper) const {
    if (!m_target.made() || width != m_target.width() || height != m_target.height()) {
        glClearColor(paper.x, paper.y, paper.z, paper.w);
        glClear(GL_COLOR_BUFFER_BIT);
        return false;
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_target.framebuffer());
    glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    return true;
}

}  // namespace nt
