// A windowless ImGui context for the benchmark and the view tests.
#include "view/offline_imgui.h"

#include <algorithm>
#include <array>
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

namespace {

// The area of triangle abc within the rectangle (a polygon clipped edge by
// edge: each edge adds at most one corner to the three).
double areaWithin(ImVec2 a, ImVec2 b, ImVec2 c, const ImVec4& clip) {
    if (std::min({a.x, b.x, c.x}) >= clip.x && std::max({a.x, b.x, c.x}) <= clip.z && std::min({a.y, b.y, c.y}) >= clip.y &&
        std::max({a.y, b.y, c.y}) <= clip.w)
        return std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;  // all within
    std::array<ImVec2, 8> poly{a, b, c}, next;
    std::size_t n = 3;
    // Keeps the part where side(p) >= 0, side being linear along an edge.
    const auto cutBy = [&](auto side) {
        std::size_t m = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const ImVec2 p = poly[i], q = poly[(i + 1) % n];
            const float sp = side(p), sq = side(q);
            if (sp >= 0) next[m++] = p;
            if ((sp >= 0) != (sq >= 0)) {
                const float t = sp / (sp - sq);
                next[m++] = {p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t};
            }
        }
        poly = next;
        n = m;
    };
    cutBy([&](ImVec2 p) { return p.x - clip.x; });
    cutBy([&](ImVec2 p) { return clip.z - p.x; });
    cutBy([&](ImVec2 p) { return p.y - clip.y; });
    cutBy([&](ImVec2 p) { return clip.w - p.y; });
    double twice = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const ImVec2 p = poly[i], q = poly[(i + 1) % n];
        twice += static_cast<double>(p.x) * q.y - static_cast<double>(q.x) * p.y;
    }
    return std::abs(twice) / 2;
}

}  // namespace

double coveredScreens(const ImDrawData& data) {
    double area = 0;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer)
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                const ImVec2 a = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i]].pos;
                const ImVec2 b = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i + 1]].pos;
                const ImVec2 c = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i + 2]].pos;
                area += areaWithin(a, b, c, cmd.ClipRect);  // the scissor keeps the rest
            }
    }
    const double display = static_cast<double>(data.DisplaySize.x) * data.DisplaySize.y;
    return display > 0 ? area / display : 0;
}

}  // namespace nt
