// Offscreen export: a hidden GLFW window only for its GL context, an ImGui
// context with fonts baked at the export scale, the board canvas drawn into
// ImGui's background draw list, rendered into an RGBA8 texture on a
// framebuffer object and read back.
#include "render/offscreen_export.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>
#include <stdexcept>

#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/dates.h"
#include "core/layout.h"
#include "core/translations.h"
#include "view/board_canvas.h"
#include "view/draw_list_cut.h"
#include "view/fonts.h"
#include "view/theme.h"

namespace nt {

namespace {

using SteadyClock = std::chrono::steady_clock;

double secondsSince(SteadyClock::time_point start) {
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// [SECTION] Title line and legend, where the live board has its tray

float textWidth(const CanvasContext& c, ImFont* font, float size, const std::string& text) {
    return font->CalcTextSizeA(c.len(size), FLT_MAX, 0, text.c_str()).x / static_cast<float>(c.xf.scale);
}

void drawLine(const CanvasContext& c, ImFont* font, float size, Vec2 leftMiddle, const std::string& text, ImU32 colour,
              double maxWidth) {
    const float px = c.len(size);
    const ImVec2 sz = font->CalcTextSizeA(px, FLT_MAX, 0, text.c_str());
    const ImVec2 p = c.at(leftMiddle);
    const ImVec2 clipMax{p.x + c.len(maxWidth), p.y + sz.y};
    const ImVec4 clip{p.x, p.y - sz.y, clipMax.x, clipMax.y};
    c.draw->AddText(font, px, {std::floor(p.x), std::floor(p.y - sz.y / 2)}, colour, text.c_str(), nullptr, 0, &clip);
}

// The actor types on the board, in catalogue order; types the catalogue does
// not know (the board's own) after them, in board order.
std::vector<const ActorType*> typesOnBoard(const Board& board, const Catalogue& catalogue) {
    std::vector<const ActorType*> out;
    for (const ActorType& t : catalogue.types())
        if (std::any_of(board.actors.begin(), board.actors.end(), [&](const Actor& a) { return a.type == t.id; }))
            out.push_back(&t);
    for (const Actor& a : board.actors) {
        const bool known = std::any_of(catalogue.types().begin(), catalogue.types().end(),
                                       [&](const ActorType& t) { return t.id == a.type; });
        if (known) continue;
        const ActorType* t = &catalogue.find(a.type, &board);
        if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    }
    return out;
}

void DrawTitleAndLegend(const CanvasContext& c, const Board& board, const Catalogue& catalogue, Lang lang) {
    const layout::Rect r = layout::kTray;
    c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), theme::rgb(theme::kCard), c.len(12));
    c.draw->AddRect(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), theme::rgb(theme::kLine), c.len(12), 0, c.len(2));

    // Title line: the workshop's name, then its date and organisation.
    const double titleWidth = 560;
    const double midY = (r.y0 + r.y1) / 2;
    const Workshop& w = board.workshop;
    std::string sub = longDate(w.date, lang);  // "maandag 23 november 2026"
    if (!w.organisation.empty()) sub += (sub.empty() ? "" : "  ·  ") + w.organisation;
    const std::string title = w.title.empty() ? "Netwerktafel" : w.title;
    drawLine(c, c.fonts->bold, 26, {r.x0 + 20, sub.empty() ? midY : midY - 14}, title, theme::rgb(theme::kInk), titleWidth);
    if (!sub.empty())
        drawLine(c, c.fonts->body, c.fonts->bodySize - 2, {r.x0 + 20, midY + 18}, sub, theme::rgb(theme::kInkSoft),
                 titleWidth);

    // Legend: a small token and the name of each actor type on the board, in
    // up to two rows; what does not fit is counted.
    const auto types = typesOnBoard(board, catalogue);
    if (types.empty()) return;
    const double x0 = r.x0 + titleWidth + 50, x1 = r.x1 - 16;
    c.draw->AddLine(c.at({x0 - 25, r.y0 + 12}), c.at({x0 - 25, r.y1 - 12}), theme::rgb(theme::kLine), c.len(2));
    const double tokenR = 11, labelSize = 15, gap = 26;
    const double rows[2] = {r.y0 + 21, r.y1 - 19};
    double x = x0;
    int row = 0;
    for (std::size_t i = 0; i < types.size(); ++i) {
        const ActorType& t = *types[i];
        const std::string& name = t.name(lang).empty() ? t.id : t.name(lang);
        const double itemWidth = 2 * tokenR + 8 + textWidth(c, c.fonts->body, static_cast<float>(labelSize), name);
        const bool last = i + 1 == types.size();
        const double reserve = (row == 1 && !last) ? 60 : 0;  // room for "+N"
        if (x + itemWidth + reserve > x1) {
            if (row == 0 && x > x0) {
                row = 1;
                x = x0;
            }
            if (x + itemWidth + reserve > x1) {
                drawLine(c, c.fonts->bold, static_cast<float>(labelSize), {x, rows[row]},
                         std::string("+").append(std::to_string(types.size() - i)), theme::rgb(theme::kInkSoft),
                         x1 - x);
                return;
            }
        }
        const Vec2 centre{x + tokenR, rows[row]};
        c.draw->AddCircleFilled(c.at(centre), c.len(tokenR + 1.5), theme::rgb(0xFFFFFF), 0);
        c.draw->AddCircleFilled(c.at(centre), c.len(tokenR), theme::rgb(t.colour), 0);
        drawLine(c, c.fonts->body, static_cast<float>(labelSize), {x + 2 * tokenR + 8, rows[row]}, name,
                 theme::rgb(theme::kInk), x1 - x);
        x += itemWidth + gap;
    }
}

// [SECTION] GL objects

struct Framebuffer {
    GLuint fbo = 0;
    GLuint texture = 0;
    GLint previous = 0;
    Framebuffer(int width, int height) {
        glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
        glGenTextures(1, &texture);
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glBindTexture(GL_TEXTURE_2D, 0);
        glGenFramebuffers(1, &fbo);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
            release();
            throw std::runtime_error("the graphics driver cannot make a " + std::to_string(width) + "×" +
                                     std::to_string(height) + " framebuffer (out of video memory?)");
        }
    }
    ~Framebuffer() { release(); }
    Framebuffer(const Framebuffer&) = delete;
    Framebuffer& operator=(const Framebuffer&) = delete;
    void release() {
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
        if (fbo) glDeleteFramebuffers(1, &fbo);
        if (texture) glDeleteTextures(1, &texture);
        fbo = texture = 0;
    }
};

// An ImGui context of our own with the OpenGL 3 renderer, for one export;
// the context that was current before comes back afterwards.
struct ExportImGui {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGuiContext* context = nullptr;
    bool backend = false;
    ExportImGui() {
        context = ImGui::CreateContext();
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        if (!ImGui_ImplOpenGL3_Init("#version 330 core")) throw std::runtime_error("cannot start ImGui's OpenGL renderer");
        backend = true;
    }
    ~ExportImGui() {
        ImGui::SetCurrentContext(context);
        if (backend) ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext(context);
        ImGui::SetCurrentContext(previous);
    }
    ExportImGui(const ExportImGui&) = delete;
    ExportImGui& operator=(const ExportImGui&) = delete;
};

// [SECTION] Strips

// The picture is drawn in strips of whole rows, one after the other into a
// framebuffer of one strip. A software renderer (llvmpipe) sorts every
// triangle into the tiles it touches before it draws: for a whole 7680 px
// picture of a full board that took 410 MB at once, for a strip a fraction.
// A strip holds about as many pixels as a 1080p screen.
int exportStripRows(int width, int height) {
    constexpr long kStripPixels = 1920L * 1080L;
    if (const char* rows = std::getenv("NT_EXPORT_STRIP_ROWS")) return std::clamp(std::atoi(rows), 1, height);
    return static_cast<int>(std::clamp<long>(kStripPixels / std::max(1, width), 64, height));
}

// A strip's own draw data: of each of the picture's lists only the
// triangles that reach into the strip (view/draw_list_cut), so that no strip
// takes every vertex of the board through the renderer again. The strip is
// drawn as a window onto the whole picture: the renderer projects the
// vertices as for the whole picture, and a callback before each list moves
// the viewport down by whole rows, so that the strip's rows land in its
// framebuffer (a vertex lands where it would in the whole picture, but for
// a rounding of the last bit); the scissors are moved with it. What remains
// different is the rounding of colours across a triangle: a step of 255 in
// a few pixels. The cut leaves out the lists' own callbacks (the picture
// has none): ImDrawCallback_ResetRenderState would undo the moved viewport.
class StripLists {
public:
    explicit StripLists(const ImDrawData& whole) : m_data(whole), m_height(static_cast<int>(whole.DisplaySize.y)) {
        for (int l = 0; l < whole.CmdListsCount; ++l) {
            IM_ASSERT(std::none_of(whole.CmdLists[l]->CmdBuffer.begin(), whole.CmdLists[l]->CmdBuffer.end(),
                                   [](const ImDrawCmd& cmd) { return cmd.UserCallback != nullptr; }));
            m_cuts.emplace_back(*whole.CmdLists[l], whole.DisplayPos, whole.FramebufferScale);
            m_lists.push_back(std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData()));
            m_pointers.push_back(m_lists.back().get());
        }
        m_data.CmdLists = m_pointers.data();
    }
    // The picture's rows [top, top + rows), for a framebuffer `rows` high.
    ImDrawData* cut(int width, int top, int rows) {
        // Whole rows from the picture's bottom to the strip's.
        m_below = m_height - top - rows;
        m_data.TotalVtxCount = m_data.TotalIdxCount = 0;
        for (std::size_t l = 0; l < m_cuts.size(); ++l) {
            ImDrawList& list = *m_lists[l];
            m_cuts[l].cut({0, top, width, top + rows}, list);
            for (ImDrawCmd& cmd : list.CmdBuffer) {  // the scissor counts from the strip's bottom
                cmd.ClipRect.y += static_cast<float>(m_below);
                cmd.ClipRect.w += static_cast<float>(m_below);
            }
            ImDrawCmd moveViewport;
            moveViewport.UserCallback = &StripLists::moveViewport;
            moveViewport.UserCallbackData = this;
            list.CmdBuffer.push_front(moveViewport);
            m_data.TotalVtxCount += list.VtxBuffer.Size;
            m_data.TotalIdxCount += list.IdxBuffer.Size;
        }
        return &m_data;
    }

private:
    static void moveViewport(const ImDrawList*, const ImDrawCmd* cmd) {
        const auto* self = static_cast<const StripLists*>(cmd->UserCallbackData);
        glViewport(0, -self->m_below, static_cast<GLsizei>(self->m_data.DisplaySize.x), self->m_height);
    }

    ImDrawData m_data;
    int m_height = 0, m_below = 0;
    std::vector<DrawListCut> m_cuts;
    std::vector<std::unique_ptr<ImDrawList>> m_lists;
    std::vector<ImDrawList*> m_pointers;
};

// [SECTION] Hidden window

std::string g_glfwError;
void onGlfwError(int code, const char* description) {
    g_glfwError = std::to_string(code) + ": " + (description ? description : "");
}

}  // namespace

OffscreenGlContext::OffscreenGlContext() {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit())
        throw std::runtime_error("--export-png needs a display for OpenGL, e.g. run it under xvfb-run (" + g_glfwError +
                                 ")");
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUSED, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    m_window = glfwCreateWindow(64, 64, "Netwerktafel export", nullptr, nullptr);
    if (!m_window) {
        glfwTerminate();
        throw std::runtime_error("cannot make an OpenGL 3.3 context for the export (" + g_glfwError + ")");
    }
    glfwMakeContextCurrent(m_window);
    if (!gladLoadGL(glfwGetProcAddress)) {
        glfwDestroyWindow(m_window);
        glfwTerminate();
        throw std::runtime_error("cannot load OpenGL 3.3 functions for the export");
    }
}

OffscreenGlContext::~OffscreenGlContext() {
    glfwDestroyWindow(m_window);
    glfwTerminate();
}

// [SECTION] Export

int exportHeight(int width) { return (width * 1080 + 960) / 1920; }

RgbaImage renderBoardImage(const BoardImageRequest& request, ExportTimings* timings) {
    if (request.width < kMinExportWidth || request.width > kMaxExportWidth)
        throw std::runtime_error("the export width must be from " + std::to_string(kMinExportWidth) + " to " +
                                 std::to_string(kMaxExportWidth) + " pixels");
    const int width = request.width;
    const int height = exportHeight(width);
    GLint maxTexture = 0, maxRenderbuffer = 0, maxViewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxTexture);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxRenderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, maxViewport);
    if (width > std::min({maxTexture, maxRenderbuffer, maxViewport[0]}) || height > maxViewport[1])
        throw std::runtime_error("this graphics driver draws at most " +
                                 std::to_string(std::min({maxTexture, maxRenderbuffer, maxViewport[0]})) +
                                 " pixels wide; choose a smaller --width");

    const Translations tr = Translations::load(request.assetDir + "/i18n/" + langName(request.lang) + ".json");
    auto start = SteadyClock::now();
    ExportImGui imgui;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {static_cast<float>(width), static_cast<float>(height)};
    io.DeltaTime = 1.f / 60.f;
    const BoardTransform xf = BoardTransform::fit(width, height);
    const float scale = static_cast<float>(xf.scale);
    const Fonts fonts = Fonts::load(request.assetDir, scale);
    theme::applyImGuiStyle(scale);
    ImGui_ImplOpenGL3_NewFrame();  // bakes the atlas and uploads it
    if (io.Fonts->TexHeight > maxTexture)
        throw std::runtime_error("the fonts for a " + std::to_string(width) + " pixel export do not fit this driver's textures");
    if (timings) timings->fonts = secondsSince(start);

    start = SteadyClock::now();
    ImGui::NewFrame();
    const Board& board = request.board;
    CanvasContext c{ImGui::GetBackgroundDrawList(), xf, &fonts, &request.catalogue, &tr, request.lang};
    const VoteState vote = board.vote.state;
    DrawStillBoard(c, board, vote == VoteState::Closed || (vote == VoteState::Open && board.vote.settings.resultsLive));
    DrawTitleAndLegend(c, board, request.catalogue, request.lang);
    ImGui::Render();

    ImDrawData* drawn = ImGui::GetDrawData();
    const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(theme::rgb(theme::kBackground));
    glClearColor(paper.x, paper.y, paper.z, paper.w);  // the board's paper: DrawBoardBackground leaves it to the clear
    SnapClipRectsToScissors(*drawn, height);  // every strip keeps the same pixels of a clip

    RgbaImage image;
    image.width = width;
    image.height = height;
    image.bottomUp = true;  // OpenGL's rows; the PNG writer turns them over
    image.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    const int stripRows = exportStripRows(width, height);
    Framebuffer target(width, stripRows);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    std::optional<StripLists> strips;
    if (stripRows < height) strips.emplace(*drawn);
    for (int top = 0; top < height; top += stripRows) {
        const int rows = std::min(stripRows, height - top);
        glViewport(0, 0, width, rows);
        glDisable(GL_SCISSOR_TEST);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(strips ? strips->cut(width, top, rows) : drawn);
        // The strip's bottom row is the picture's row height - top - rows, counted from its bottom.
        glReadPixels(0, 0, width, rows, GL_RGBA, GL_UNSIGNED_BYTE,
                     image.pixels.data() + static_cast<std::size_t>(height - top - rows) * static_cast<std::size_t>(width) * 4);
    }
    if (const GLenum err = glGetError(); err != GL_NO_ERROR)
        throw std::runtime_error("OpenGL error " + std::to_string(err) + " while rendering the export");
    if (timings) timings->render = secondsSince(start);
    return image;
}

void exportBoardPng(const BoardImageRequest& request, const std::string& path, ExportTimings* timings) {
    auto start = SteadyClock::now();
    RgbaImage image;
    {
        OffscreenGlContext gl;
        if (timings) timings->context = secondsSince(start);
        image = renderBoardImage(request, timings);
    }
    start = SteadyClock::now();
    std::string png;
    try {
        png = encodeBoardPng(image, boardToJsonText(request.board));
    } catch (const std::runtime_error& e) {
        throw SaveError(path + ": " + e.what());
    }
    image = {};
    if (timings) timings->encode = secondsSince(start);
    start = SteadyClock::now();
    writeFileAtomically(path, png);
    if (timings) timings->write = secondsSince(start);
}

}  // namespace nt
