// The whole screen for one frame: the board canvas, the tray, the
// facilitator's toolbar and the popups (note editor, context menu, type
// picker). It reads the board and returns intents; it never changes the board.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/board_transform.h"
#include "core/catalogue.h"
#include "core/commands.h"
#include "core/phone_session.h"
#include "core/picture_export.h"
#include "core/translations.h"
#include "input/pointer_router.h"
#include "session/session_messages.h"
#include "view/arena_panel.h"
#include "view/arena_view.h"
#include "view/fonts.h"
#include "view/wrap_up_view.h"
#include "view/partner_tools.h"
#include "view/programme_panel.h"
#include "view/still_layer.h"
#include "view/phase_banner.h"
#include "view/workshop_editor.h"

namespace nt {

struct CanvasContext;
class MunicipalityList;
class RoomMember;
class StartScreen;
class StillLayer;
enum class ItemsDrawn;
struct StartInput;
struct StartChoice;

// What the view found out about its own layout this frame: facts, not
// requests. The router needs where the inspiration tray's entries are, the
// keyboards which panel fields are still shown, the UI tests' map where the
// named buttons are.
struct ViewLayout {
    struct Shown {
        std::string key;                   // TextTarget::key, or a button's name
        layout::Rect screen;               // where it is drawn, in window pixels
    };
    std::vector<TypeSource> typeSources;   // where the inspiration tray's entries are
    std::vector<Shown> fieldsShown;        // the text fields drawn: keyboards of the others close
    std::vector<Shown> buttons;            // buttons by name (undo, more, clock, settings …)

    std::vector<std::string> fieldKeys() const {
        std::vector<std::string> keys;
        for (const Shown& f : fieldsShown) keys.push_back(f.key);
        return keys;
    }
};

// What the people at the board asked for this frame, for the app to carry out.
struct ViewIntents {
    std::vector<CommandPtr> commands;
    std::vector<CommandPtr> timerCommands;  // the phase timer's: applied with Record::No
    bool undo = false;
    bool redo = false;
    bool save = false;
    std::optional<int> savePicture;        // the board as a PNG this wide (with the board inside), next to its file
    bool saveReport = false;               // the results report (Markdown, CSV, HTML with the picture), next to its file
    std::optional<std::string> actorType;  // chosen in the type picker
    std::optional<Lang> lang;              // switched in the toolbar
    std::optional<std::vector<Id>> newCombination;  // of these actors (the app gives it an id)
    struct NewBubble {
        std::string name;
        bool own = false;
    };
    std::optional<NewBubble> newBubble;    // a municipality to add (the app gives it an id)
    bool bell = false;                     // a phase's time just ran out
    std::optional<bool> phonesJoinOpen;    // the facilitator opened or closed joining by phone
    std::vector<std::pair<TextTarget, Vec2>> keyboards;  // on-screen keyboards to open: the field, where the touch was
    std::optional<int> removeDevice;       // the facilitator took this phone out of the workshop
    std::optional<std::pair<std::string, bool>> ownClock;  // the plenary lets a table keep its own time (or not)
    std::optional<request::RoomVote> roomVote;  // a seat of this table votes in the room's vote
    struct RoomJoin {
        std::string host;
        int port = 1883;
        std::string code;
        std::string table;
    };
    std::optional<RoomJoin> joinRoom;      // take part in a room of tables as this table (the app makes the link)
    bool hostRoom = false;                 // start the room here: its broker on this machine, this board its plenary
    bool leaveRoom = false;                // this board works alone again
    bool closeBoard = false;               // back to the start screen (the board is saved first)
    ViewLayout layout;                     // not a request: what the view drew where

    // What goes to the session, as its requests (moved out of here): the
    // commands, the timer's, keyboards, a new bubble, undo, redo, a new
    // combination, save, the phones' join and removal, and a table's own
    // clock, in that order.
    std::vector<Request> takeSessionRequests();
};

// Names the last ImGui item (a button) in the screen map the UI tests read.
void markItem(ViewIntents& out, std::string name);

namespace room { struct TableStatus; }
// Where a table of the room stands: offline, not begun, or its part's title (room_panel.cpp).
std::string tablePartText(const room::TableStatus& table, const Translations& tr);

struct ViewInput {
    const Board& board;
    const PointerRouter& router;
    const Catalogue& catalogue;
    const Translations& tr;
    Lang lang;
    BoardTransform xf;
    const Fonts& fonts;
    double now;                            // seconds, monotonic
    bool canUndo;
    bool canRedo;
    const MunicipalityList* municipalities = nullptr;  // names for the municipality box
    double clock = 0;                      // the programme's clock (core/programme.h), Unix seconds
    const PhoneStatus* phones = nullptr;   // null: no web server for phones
    const PictureProgress* picture = nullptr;  // the picture export under way, if any
    bool imguiTouch = false;               // ImGui's mouse is a touch this frame (platform/imgui_touch_feed)
    StepName undoStep = {};                // what undo would take back (History::undoName), shown by its button
    StepName redoStep = {};                // what redo would do again (History::redoName)
    const RoomMember* room = nullptr;      // null: this machine is not in a room of tables
    StillLayer* stillLayer = nullptr;      // null: the still board is drawn straight into every frame
};

class BoardView {
public:
    // Requests from the pointer router: open an editor, a menu, the picker.
    void handle(const std::vector<UiRequest>& requests);

    // Builds this frame's ImGui content. Call between ImGui::NewFrame() and ImGui::Render().
    ViewIntents frame(const ViewInput& in);

    // The start screen in place of the board (no board is open): its pages,
    // the on-screen keyboards on its fields and the toasts.
    ViewIntents startFrame(const ViewInput& in, StartScreen& start, const StartInput& data, StartChoice& choice);

    // Another board is put on the table: editors, menus, panels and
    // selections of the last one close (a toast stays).
    void forgetBoard() {
        Toast toast = m_toast;
        *this = BoardView{};
        m_toast = std::move(toast);
    }

    // A short message at the bottom of the screen ("Saved in …").
    void toast(std::string message, double now, bool isError = false);
    // What the session did, on screen: toasts, a new combination opened, the
    // wrap-up view following the programme (it can always be opened from
    // "Meer" too). True when there was something to show.
    bool show(const std::vector<SessionEvent>& events, const Translations& tr, double now);

    // The next moment the view needs a frame without any input (a toast
    // fading, the timer's next second, the end-of-phase pulse).
    std::optional<double> nextDeadline() const;

    bool editing() const { return m_editor.open || m_workshopEditor.field().has_value(); }
    // Opens the panel of a combination (a new one, say).
    void showCombination(Id combination) { m_openCombination = combination; }
    // The arena analysis of one actor, the ranked arena view, and the closing
    // view (the programme shows it in the wrap-up phase).
    void showArena(Id actor) { m_arenaPanel.open(actor); }
    void showArenaRanking() { m_arenaView.open(); }
    void showWrapUp() { m_wrapUp.open(); }
    void closeWrapUp() { m_wrapUp.close(); }
    bool wrapUpOpen() const { return m_wrapUp.isOpen(); }
    bool arenaRankingOpen() const { return m_arenaView.isOpen(); }
    bool arenaPanelOpen() const { return m_arenaPanel.isOpen(); }
    // The facilitator's programme panel (toolbar button, key P).
    void toggleProgrammePanel() { m_programme.toggle(); }

private:
    struct Editor {
        bool open = false;
        bool justOpened = true;
        bool cursorToEnd = true;
        bool selectAll = false;          // a new partner's default name: typing replaces it
        Id item = kNoId;
        bool isActor = false;
        Vec2 anchor;
        std::string text;
    };
    struct Menu {
        bool pending = false;
        Id item = kNoId;
        Vec2 pos;
    };
    struct Toast {
        std::string text;
        double until = 0;
        bool error = false;
    };

    void openEditor(const Board& board, Id item, ViewIntents& out);
    void commitEditor(const Board& board, ViewIntents& out);
    // What the board's still part is drawn from this frame (view/still_layer.h).
    StillKey stillKeyOf(const ViewInput& in, const std::vector<PointerRouter::Held>& held) const;
    // The board's items of one pass (ItemsDrawn): the still pass also draws the paper and the
    // bubbles, the carried pass first lights up where carried partners would land.
    void drawBoardItems(const CanvasContext& c, const ViewInput& in, const std::vector<PointerRouter::Held>& held,
                        bool showVotes, ItemsDrawn pass);
    void drawTray(const ViewInput& in, ViewIntents& out);
    void drawBin(const CanvasContext& c, const ViewInput& in);
    void drawToolbar(const ViewInput& in, ViewIntents& out);
    void drawMoreMenu(const ViewInput& in, ViewIntents& out);
    void drawEditor(const ViewInput& in, ViewIntents& out);
    void drawContextMenu(const ViewInput& in, ViewIntents& out);
    void drawTypePicker(const ViewInput& in, ViewIntents& out);
    void drawToast(const ViewInput& in);
    void drawSelectionBar(const ViewInput& in, ViewIntents& out);
    void drawCombinationPanel(const ViewInput& in, ViewIntents& out);
    void drawVoteControls(const ViewInput& in, ViewIntents& out);
    void drawResults(const ViewInput& in, ViewIntents& out);
    void drawSettings(const ViewInput& in, ViewIntents& out);
    void drawJoinCard(const ViewInput& in, ViewIntents& out);
    void drawPhonesButton(const ViewInput& in, float height);
    void drawPhoneControls(const ViewInput& in, ViewIntents& out);
    void drawPhoneInbox(const ViewInput& in, ViewIntents& out);
    void drawRoomButton(const ViewInput& in, float height);
    void drawRoomPanel(const ViewInput& in, ViewIntents& out);

    std::vector<UiRequest> m_pending;
    Editor m_editor;
    WorkshopEditor m_workshopEditor;      // the own-practice card's texts, with a mouse; the date card
    Menu m_menu;
    Id m_menuItem = kNoId;
    bool m_pickerPending = false;
    Vec2 m_pickerPos;
    Toast m_toast;
    std::vector<Id> m_selected;            // actors tapped to combine
    Id m_openCombination = kNoId;          // shown in the combination panel
    struct ComboTexts {                    // edit buffers of the combination panel
        Id combination = kNoId;
        std::string name, targetGroups, scenario;
    } m_comboTexts;
    bool m_targetsTyping = false;          // an on-screen keyboard writes the target groups
    VoteSettings m_voteSettings;           // what the next "start the vote" uses
    bool m_voteSetupPending = false;
    ArenaPanel m_arenaPanel;
    ArenaView m_arenaView;
    WrapUpView m_wrapUp;
    PartnerTools m_partners;               // inspiration tray, municipality box, bubble handles
    ProgrammePanel m_programme;
    bool m_settingsPending = false;
    PhaseBanner m_banner;
    bool m_joinCardOpen = false;           // the QR code for phones is shown
    bool m_confirmClearPhoneNotes = false; // "delete every phone note?" is asked
    ImVec2 m_joinCardSize, m_inboxSize;    // last frame's, to see them settle
    bool m_phonesSettling = false;         // the card or inbox changed size: draw again
    bool m_roomPanelOpen = false;          // the room's tables (or this table's link) are shown
    struct RoomForm {                      // joining a room: what the facilitator typed
        std::string address, code, table;
        bool addressTyping = false, codeTyping = false, tableTyping = false;
        bool tried = false;                // "join" was tapped: say what is missing
    } m_roomForm;
    void drawRoomJoinForm(const ViewInput& in, ViewIntents& out);
    void drawRoomOf(const ViewInput& in, ViewIntents& out);
    void drawRoomVote(const ViewInput& in, ViewIntents& out);  // room_vote_panel.cpp
    void drawRoomGallery(const ViewInput& in, ViewIntents& out);  // room_gallery.cpp
    bool m_roomGalleryOpen = false;        // the plenary shows every table's board
    std::string m_roomShownTable;          // … or this one full size
    int m_roomVoteSeat = 1;                // the seat whose dots the room's vote card gives
    VoteState m_roomVoteSeen = VoteState::NotStarted;  // the card opens when the room's vote opens or closes
};

}  // namespace nt
