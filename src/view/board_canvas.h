// Draws the board itself onto an ImDrawList: columns, own-practice card,
// bubbles, notes and actor tokens. Reads the board, never writes it.
#pragma once

#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/board_transform.h"
#include "core/catalogue.h"
#include "core/translations.h"
#include "core/workshop_fields.h"
#include "input/pointer_router.h"
#include "view/fonts.h"
#include "view/item_cover.h"

namespace nt {

class ItemAtlas;

struct CanvasContext {
    ImDrawList* draw = nullptr;
    BoardTransform xf;
    const Fonts* fonts = nullptr;
    const Catalogue* catalogue = nullptr;
    const Translations* tr = nullptr;
    Lang lang = Lang::Nl;
    ItemAtlas* atlas = nullptr;  // the still board's notes and partners go through it (view/item_atlas.h)
    ItemCover* cover = nullptr;  // what of them shows (view/item_cover.h; set by DrawItems)

    ImVec2 at(Vec2 b) const {
        const Vec2 s = xf.toScreen(b);
        return {static_cast<float>(s.x), static_cast<float>(s.y)};
    }
    float len(double boardUnits) const { return static_cast<float>(boardUnits * xf.scale); }
};

// The whole pixel an item drawn at `at` is set down on (its centre).
inline ImVec2 OnPixel(ImVec2 at) { return {std::round(at.x), std::round(at.y)}; }

// Turns the vertices added since firstVertex by `degrees` clockwise around
// centre (screen px): draw upright, then turn.
void RotateVertices(ImDrawList* draw, int firstVertex, ImVec2 centre, double degrees);

// Text helpers in board units. Centred text wraps on word boundaries.
void DrawTextCentred(const CanvasContext& c, ImFont* font, float size, Vec2 topCentre, double maxWidth,
                     std::string_view text, ImU32 colour, int maxLines = 3);
void DrawTextLeft(const CanvasContext& c, ImFont* font, float size, Vec2 topLeft, double maxWidth, std::string_view text,
                  ImU32 colour, int maxLines = 4);

// `live`: the board on the screen, whose own-practice card invites a tap and
// frames the field being written (`editing`, or one with a keyboard); null
// for a picture of the board (view/workshop_card.h).
void DrawBoardBackground(const CanvasContext& c, const Board& board, const KeyboardDesk* live = nullptr,
                         std::optional<WorkshopField> editing = std::nullopt);
void DrawBubbles(const CanvasContext& c, const Board& board);
// Where carried partners would land: that half of the bubble lights up before the drop.
void DrawDropTargets(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held);

// Which of the board's items a call draws: all of them, those that lie
// still (nobody carries them), or only those being carried, which the live
// board draws over the still ones (view/still_layer.h).
enum class ItemsDrawn { All, Resting, Carried };
bool IsCarried(const std::vector<PointerRouter::Held>& held, Id item);
// Whether an item goes into this pass.
inline bool InPass(ItemsDrawn pass, bool carried) {
    return pass == ItemsDrawn::All || (pass == ItemsDrawn::Carried) == carried;
}

void DrawNotes(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held,
               ItemsDrawn pass = ItemsDrawn::All);
void DrawActors(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held,
                ItemsDrawn pass = ItemsDrawn::All);
// The pixels a note's paper and a partner's disc paint opaque where they
// are set down (whatever lies under them there cannot show): a rectangle
// within the paper as it is turned, clear of its rounded corners and soft
// edges; the square within a partner's white rim.
PixelRect NotePaper(const CanvasContext& c, const Note& n);
PixelRect TokenDisc(const CanvasContext& c, const Actor& a);
// The notes, then the partners over them. Those that lie still (the resting
// pass) are drawn only where no note or partner drawn after them hides them
// (view/item_cover.h); the others are drawn whole: all of them, the
// reference the still board is compared with, and the carried few.
void DrawItems(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held,
               ItemsDrawn pass = ItemsDrawn::All);
// The whole board as nobody touches it (a picture, a table's board at the
// plenary): background, bubbles, notes, partners and combination cards.
void DrawStillBoard(const CanvasContext& c, const Board& board, bool showVotes);
// degrees: the token's rotation (clockwise); its shadow stays where the light puts it.
void DrawActorToken(const CanvasContext& c, const ActorType& type, Vec2 centre, double radius, bool lifted,
                    double degrees = 0);

}  // namespace nt
