// One frame of the whole screen, and the requests and toasts that drive it.
#include "view/board_view.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "core/layout.h"
#include "core/vote_rules.h"
#include "input/text_target.h"
#include "view/board_canvas.h"
#include "view/combinations_canvas.h"
#include "view/phase_focus.h"
#include "view/picture_export_view.h"
#include "view/start_screen.h"
#include "view/still_layer.h"
#include "view/onscreen_keyboard.h"
#include "view/table_menu_view.h"
#include "view/theme.h"

namespace nt {

namespace {
const char* voteRefusalKey(int refusal) {
    switch (static_cast<VoteRefusal>(refusal)) {
        case VoteRefusal::NotOpen: return "vote.refused.notOpen";
        case VoteRefusal::NoVotesLeft: return "vote.refused.noVotesLeft";
        case VoteRefusal::CombinationFull: return "vote.refused.full";
        case VoteRefusal::NothingToTakeBack: return "vote.refused.nothingToTakeBack";
        case VoteRefusal::NoSuchCombination:
        case VoteRefusal::None: break;
    }
    return "vote.refused.gone";
}
}  // namespace

void BoardView::handle(const std::vector<UiRequest>& requests) {
    m_pending.insert(m_pending.end(), requests.begin(), requests.end());
}

void BoardView::toast(std::string message, double now, bool isError) {
    m_toast = {std::move(message), now + (isError ? 6.0 : 3.0), isError};
}

bool BoardView::show(const std::vector<SessionEvent>& events, const Translations& tr, double now) {
    for (const SessionEvent& e : events) {
        switch (e.kind) {
            case SessionEvent::Kind::Toast: toast(e.detail.empty() ? tr(e.key) : tr(e.key) + " " + e.detail, now, e.error); break;
            case SessionEvent::Kind::ShowCombination: showCombination(e.item); break;
            case SessionEvent::Kind::WrapUpReached: showWrapUp(); break;
            case SessionEvent::Kind::WrapUpLeft: closeWrapUp(); break;
        }
    }
    return !events.empty();
}

void markItem(ViewIntents& out, std::string name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    out.layout.buttons.push_back({std::move(name), {a.x, a.y, b.x, b.y}});
}

std::vector<Request> ViewIntents::takeSessionRequests() {
    std::vector<Request> out;
    if (!commands.empty()) out.push_back(request::Apply{std::exchange(commands, {})});
    if (!timerCommands.empty()) out.push_back(request::Apply{std::exchange(timerCommands, {}), Record::No});
    for (auto& [target, at] : keyboards) out.push_back(request::OpenKeyboard{std::move(target), at});
    keyboards.clear();
    if (newBubble) out.push_back(request::NewBubble{std::move(newBubble->name), newBubble->own});
    if (undo) out.push_back(request::Undo{});
    if (redo) out.push_back(request::Redo{});
    if (newCombination) out.push_back(request::NewCombination{std::move(*newCombination)});
    if (save) out.push_back(request::Save{});
    if (phonesJoinOpen) out.push_back(request::PhoneJoining{*phonesJoinOpen});
    if (removeDevice) out.push_back(request::RemovePhone{*removeDevice});
    if (ownClock) out.push_back(request::OwnClock{std::move(ownClock->first), ownClock->second});
    if (roomVote) out.push_back(std::move(*roomVote));
    newBubble.reset();
    newCombination.reset();
    phonesJoinOpen.reset();
    removeDevice.reset();
    ownClock.reset();
    roomVote.reset();
    undo = redo = save = false;
    return out;
}

std::optional<double> BoardView::nextDeadline() const {
    if (m_partners.settling() || m_programme.settling() || m_phonesSettling) return 0.0;  // a field or panel is settling: frames now
    const auto banner = m_banner.nextDeadline();
    if (!m_toast.text.empty()) return banner ? std::min(*banner, m_toast.until) : m_toast.until;
    return banner;
}

void BoardView::drawBoardItems(const CanvasContext& c, const ViewInput& in, const std::vector<PointerRouter::Held>& held,
                               bool showVotes, ItemsDrawn pass) {
    if (pass != ItemsDrawn::Carried) {
        DrawBoardBackground(c, in.board, &in.router.keyboards(), m_workshopEditor.field());
        DrawBubbles(c, in.board);
    }
    if (pass != ItemsDrawn::Resting) DrawDropTargets(c, in.board, held);
    DrawCombinationLinks(c, in.board, held, pass);
    DrawItems(c, in.board, held, pass);
    for (Id id : m_selected)
        if (const Actor* a = findById(in.board.actors, id); a && InPass(pass, IsCarried(held, id)))
            c.draw->AddCircle(OnPixel(c.at(a->pos)), c.len(layout::kTokenRadius + 9), theme::rgb(theme::kAccent), 0,
                              c.len(5));  // round the token as it is set down
    DrawCombinationCards(c, in.board, showVotes, held, pass);
}

// Everything drawBoardItems' resting pass and DrawPhaseFocus read: the
// board (a history and its revision; a note or partner being carried moves
// without changing the still part), what is being dragged, the selection,
// the own-practice card's fields being written, and how the board is shown.
StillKey BoardView::stillKeyOf(const ViewInput& in, const std::vector<PointerRouter::Held>& held) const {
    StillKey k;
    if (&in.board != &in.router.history().board()) return k;  // a board the router does not follow: never kept
    k.history = in.router.history().serial();
    k.changes = in.router.history().revision() - in.router.carriedMoves();
    for (const auto& h : held)
        if (h.dragging) k.carried.push_back(h.item);  // more than IsCarried's: DrawNotes leaves every one out of its piles
    std::sort(k.carried.begin(), k.carried.end());
    k.selected = m_selected;
    for (WorkshopField f : kWorkshopFields)
        if (in.router.keyboards().sessionFor(workshopTargetKey(f))) k.writing |= 1u << static_cast<unsigned>(f);
    if (const auto field = m_workshopEditor.field()) k.editing = static_cast<int>(*field);
    k.xfScale = in.xf.scale;
    k.xfX = in.xf.offsetX;
    k.xfY = in.xf.offsetY;
    const ImGuiIO& io = ImGui::GetIO();
    k.display[0] = io.DisplaySize.x;
    k.display[1] = io.DisplaySize.y;
    k.framebufferScale[0] = io.DisplayFramebufferScale.x;
    k.framebufferScale[1] = io.DisplayFramebufferScale.y;
    k.fontTexture = io.Fonts->TexID;
    k.fontTextureWidth = io.Fonts->TexWidth;
    k.fontTextureHeight = io.Fonts->TexHeight;
    const ImFont* fonts[] = {in.fonts.ui, in.fonts.body, in.fonts.bold, in.fonts.heading, in.fonts.display};
    static_assert(std::size(fonts) == std::size(StillKey{}.fontSizes));
    for (size_t i = 0; i < std::size(fonts); ++i) k.fontSizes[i] = fonts[i] ? fonts[i]->FontSize : 0;
    k.lang = static_cast<int>(in.lang);
    return k;
}

ViewIntents BoardView::frame(const ViewInput& in) {
    ViewIntents out;
    for (const UiRequest& r : std::exchange(m_pending, {})) {
        switch (r.kind) {
            case RequestKind::EditNote:
            case RequestKind::RenameActor:
                openEditor(in.board, r.item, out);
                m_editor.selectAll = r.detail == 1;
                break;
            case RequestKind::ContextMenu: m_menu = {true, r.item, r.pos}; break;
            case RequestKind::PickActorType:
                m_pickerPending = true;
                m_pickerPos = r.pos;
                break;
            case RequestKind::ToggleActor: {
                auto it = std::find(m_selected.begin(), m_selected.end(), r.item);
                if (it == m_selected.end()) m_selected.push_back(r.item);
                else m_selected.erase(it);
                break;
            }
            case RequestKind::OpenCombination: m_openCombination = r.item; break;
            case RequestKind::VoteRefused: toast(in.tr(voteRefusalKey(r.detail)), in.now, true); break;
            case RequestKind::EditWorkshop: m_workshopEditor.open(in, static_cast<WorkshopField>(r.detail), out); break;
        }
    }
    std::erase_if(m_selected, [&](Id id) { return !findById(in.board.actors, id); });
    if (!findById(in.board.combinations, m_openCombination)) m_openCombination = kNoId;
    const VoteState voteState = in.board.vote.state;
    const bool showVotes = voteState == VoteState::Closed || (voteState == VoteState::Open && in.board.vote.settings.resultsLive);

    CanvasContext c{ImGui::GetBackgroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    const auto held = in.router.held();
    // What lies still, then what is carried, over it: the still part is drawn
    // again into its layer only when it changed (view/still_layer.h).
    CanvasContext still = c;
    if (in.stillLayer) {
        still.draw = in.stillLayer->begin(c.draw, stillKeyOf(in, held));
        still.atlas = in.stillLayer->atlasNow();
    }
    if (still.draw) {  // null: the still part is drawn from what it was drawn from last time
        do {
            drawBoardItems(still, in, held, showVotes, ItemsDrawn::Resting);
            DrawPhaseFocus(still, in.board);
        } while (in.stillLayer && in.stillLayer->buildAgain());
    }
    if (in.stillLayer) in.stillLayer->end();
    drawBoardItems(c, in, held, showVotes, ItemsDrawn::Carried);
    m_partners.frame(in, out);
    drawTray(in, out);
    DrawPhaseTool(c, in.board);
    out.bell = m_banner.draw(c, in.board, in.clock, in.now);
    DrawTableMenus(c, in.router.menus(), in.board);
    drawToolbar(in, out);
    drawSelectionBar(in, out);
    drawCombinationPanel(in, out);
    drawResults(in, out);
    drawVoteControls(in, out);
    m_programme.draw(in, out);
    drawSettings(in, out);
    m_phonesSettling = false;
    drawJoinCard(in, out);
    drawRoomPanel(in, out);
    drawPhoneInbox(in, out);
    drawEditor(in, out);
    m_workshopEditor.draw(in, out);
    drawContextMenu(in, out);
    drawTypePicker(in, out);
    m_arenaView.draw(in, out, m_arenaPanel);
    if (m_arenaPanel.draw(in, out, m_arenaView.isOpen()) == ArenaPanel::Action::ShowRanking) m_arenaView.open();
    m_wrapUp.draw(in, out);
    drawRoomGallery(in, out);
    DrawPictureProgress(in);
    drawToast(in);
    const CanvasContext front{ImGui::GetForegroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    DrawKeyboards(front, in.router.keyboards());
    DrawCarriedDots(front, held);
    return out;
}

ViewIntents BoardView::startFrame(const ViewInput& in, StartScreen& start, const StartInput& data, StartChoice& choice) {
    ViewIntents out;
    m_pending.clear();  // nothing on the board to edit
    choice = start.draw(in, out, data);
    drawToast(in);
    const CanvasContext front{ImGui::GetForegroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    DrawKeyboards(front, in.router.keyboards());
    return out;
}

void BoardView::drawToast(const ViewInput& in) {
    if (m_toast.text.empty()) return;
    if (in.now >= m_toast.until) {
        m_toast = {};
        return;
    }
    CanvasContext c{ImGui::GetForegroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    const float px = c.len(in.fonts.bodySize + 2);
    const ImVec2 sz = in.fonts.body->CalcTextSizeA(px, FLT_MAX, c.len(900), m_toast.text.c_str());
    const ImVec2 centre = c.at({kBoardWidth / 2, 940});
    const float pad = c.len(16);
    const ImVec2 p0{centre.x - sz.x / 2 - pad, centre.y - sz.y / 2 - pad / 2};
    const ImVec2 p1{centre.x + sz.x / 2 + pad, centre.y + sz.y / 2 + pad / 2};
    c.draw->AddRectFilled(p0, p1, theme::rgb(m_toast.error ? theme::kBinRed : theme::kInk, 235), c.len(12));
    c.draw->AddText(in.fonts.body, px, {p0.x + pad, p0.y + pad / 2}, theme::rgb(0xFFFFFF), m_toast.text.c_str(), nullptr,
                    c.len(900));
}

}  // namespace nt
