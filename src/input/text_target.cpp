// The board's own text fields as keyboard targets.
#include "input/text_target.h"

#include "core/edits.h"

namespace nt {

std::string noteTargetKey(Id note) { return "note:" + std::to_string(note); }
std::string actorTargetKey(Id actor) { return "actor:" + std::to_string(actor); }

TextTarget noteTextTarget(const Note& note) {
    TextTarget t;
    t.key = noteTargetKey(note.id);
    t.item = note.id;
    t.anchor = note.pos;
    t.read = [id = note.id](const Board& b) -> std::optional<std::string> {
        const Note* n = findById(b.notes, id);
        return n ? std::optional(n->text) : std::nullopt;
    };
    t.write = [id = note.id](const Board& b, const std::string& text) { return setNoteText(b, id, text); };
    return t;
}

TextTarget actorNameTarget(const Actor& actor, bool replaceFirst) {
    TextTarget t;
    t.key = actorTargetKey(actor.id);
    t.item = actor.id;
    t.hintKey = "editor.actor.title";
    t.anchor = actor.pos;
    t.halfSize = {layout::kTokenRadius, layout::kTokenRadius + 30};  // the token and its name below it
    t.maxBytes = kMaxNameBytes;
    t.multiline = false;
    t.replaceFirst = replaceFirst;
    t.read = [id = actor.id](const Board& b) -> std::optional<std::string> {
        const Actor* a = findById(b.actors, id);
        return a ? std::optional(a->name) : std::nullopt;
    };
    t.write = [id = actor.id](const Board& b, const std::string& name) { return renameActor(b, id, name); };
    return t;
}

std::string workshopTargetKey(WorkshopField field) { return std::string("workshop:") + workshopFieldName(field); }

TextTarget workshopFieldTarget(WorkshopField field) {
    TextTarget t;
    t.key = workshopTargetKey(field);
    t.hintKey = std::string("workshop.hint.") + workshopFieldName(field);
    const layout::Rect r = workshopFieldRect(field);
    t.anchor = r.centre();
    t.halfSize = {r.width() / 2, r.height() / 2};
    t.maxBytes = workshopFieldMaxBytes(field);
    t.multiline = workshopFieldMultiline(field);
    t.read = [field](const Board& b) { return std::optional(workshopFieldText(b.workshop, field)); };
    t.write = [field](const Board& b, const std::string& text) { return setWorkshopField(b, field, text); };
    return t;
}

}  // namespace nt
