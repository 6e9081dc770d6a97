// A windowless ImGui context for the benchmark and the view tests.
#include "view/offline_imgui.h"

#include "view/theme.h"

namespace nt {

OfflineImGui::OfflineImGui(const std::string& assetDir, int width, int height)
    : m_xf(BoardTransform::fit(width, height)) {
    IMGUI_CHECKVERSION();
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = {static_cast<float>(width), static_cast<float>(height)};
    io.DeltaTime = 1.f / 60.f;
    // What the app's OpenGL 3 backend declares: big boards need more than 64K
    // vertices in one draw list, which 16-bit indices reach only with VtxOffset.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    try {
        const float scale = static_cast<float>(m_xf.scale);
        m_fonts = Fonts::load(assetDir, scale);
        // Builds the atlas, as a renderer backend would before the first frame.
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        theme::applyImGuiStyle(scale);
    } catch (...) {
        ImGui::DestroyContext(m_context);
        throw;
    }
}

OfflineImGui::~OfflineImGui() { ImGui::DestroyContext(m_context); }

OfflineFrame OfflineImGui::frame(BoardView& view, const ViewInput& in) {
    ImGui::SetCurrentContext(m_context);
    ImGui::GetIO().DeltaTime = 1.f / 60.f;
    ImGui::NewFrame();
    OfflineFrame out{view.frame(in), {}};
    ImGui::Render();
    const ImDrawData* data = ImGui::GetDrawData();
    out.stats.vertices = data->TotalVtxCount;
    out.stats.indices = data->TotalIdxCount;
    out.stats.drawLists = data->CmdListsCount;
    for (int i = 0; i < data->CmdListsCount; ++i) out.stats.drawCommands += data->CmdLists[i]->CmdBuffer.Size;
    return out;
}

}  // namespace nt
