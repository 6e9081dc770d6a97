// The item atlas's texture (see atlas_texture.h).
#include "render/atlas_texture.h"

#include <glad/gl.h>
#include <backends/imgui_impl_opengl3.h>

#include "view/item_atlas.h"

namespace nt {

int AtlasTexture::largest() {
    if (m_driverLargest == 0) {
        GLint largest = 0;
        glGetIntegerv(GL_MAX_TEXTURE_SIZE, &largest);
        m_driverLargest = largest > 0 ? largest : 1024;
    }
    return m_refused ? std::min(m_driverLargest, m_refused / 2) : m_driverLargest;
}

bool AtlasTexture::make(int size) {
    if (m_target.made() && m_target.width() == size) return true;
    if (size > largest() || !m_target.make(size, size, GL_R8, GL_RED)) return false;
    // Sampled as white with the byte for alpha: ImGui's shader tints it.
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glBindTexture(GL_TEXTURE_2D, m_target.texture());
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glBindTexture(GL_TEXTURE_2D, 0);
    return true;
}

ImTextureID AtlasTexture::texture(int size) {
    if (!make(size)) return ImTextureID{};
    return m_target.id();
}

bool AtlasTexture::draw(ItemAtlas& atlas) {
    const ImDrawList* list = atlas.pending();
    if (atlas.texture() == ImTextureID{} || (!list && !atlas.clearFirst())) return true;
    if (!make(atlas.size())) return false;
    const int size = m_target.width();
    glBindFramebuffer(GL_FRAMEBUFFER, m_target.framebuffer());
    glViewport(0, 0, size, size);
    if (atlas.clearFirst()) {
        glDisable(GL_SCISSOR_TEST);
        glClearColor(0, 0, 0, 0);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    if (list) {
        ImDrawList* lists[] = {const_cast<ImDrawList*>(list)};
        ImDrawData data;
        data.Valid = true;
        data.CmdLists = lists;
        data.CmdListsCount = 1;
        data.TotalVtxCount = list->VtxBuffer.Size;
        data.TotalIdxCount = list->IdxBuffer.Size;
        data.DisplayPos = {0, 0};
        data.DisplaySize = {static_cast<float>(size), static_cast<float>(size)};
        data.FramebufferScale = {1, 1};
        ImGui_ImplOpenGL3_RenderDrawData(&data);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    atlas.rendered();
    return true;
}

}  // namespace nt
