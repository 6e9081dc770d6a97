// A windowless ImGui context for the benchmark and the view tests.
#include "view/offline_imgui.h"

#include <cmath>

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

double coveredScreens(const ImDrawData& data) {
    double area = 0;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer)
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                const ImVec2 a = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i]].pos;
                const ImVec2 b = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i + 1]].pos;
                const ImVec2 c = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i + 2]].pos;
                area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
            }
    }
    const double display = static_cast<double>(data.DisplaySize.x) * data.DisplaySize.y;
    return display > 0 ? area / display : 0;
}

}  // namespace nt
