// A table's board for the plenary: see room_sketch.h.
#include "core/room_sketch.h"

#include <algorithm>
#include <cctype>

#include "core/board_file.h"
#include "core/json_reader.h"
#include "core/room_json.h"

namespace nt::room {

namespace {

Board cutDown(const Board& table) {
    Board b;
    b.workshop.title = clipText(table.workshop.title, kMaxGatheredName);
    b.workshop.organisation = clipText(table.workshop.organisation, kMaxGatheredName);
    b.workshop.date = table.workshop.date;
    b.workshop.whatWeDo = clipText(table.workshop.whatWeDo, kMaxSketchNoteBytes);
    b.workshop.aim = clipText(table.workshop.aim, kMaxSketchNoteBytes);
    b.workshop.forWhom = clipText(table.workshop.forWhom, kMaxSketchNoteBytes);
    b.municipalities = table.municipalities;
    b.actors = table.actors;
    for (Actor& a : b.actors) a.arena = {};
    for (const Note& n : table.notes) {
        if (n.pending) continue;  // not let in by the facilitator
        Note copy = n;
        copy.text = clipText(n.text, kMaxSketchNoteBytes);
        b.notes.push_back(std::move(copy));
    }
    for (const Combination& c : table.combinations) {
        Combination copy;
        copy.id = c.id;
        copy.version = c.version;
        copy.name = c.name;
        copy.members = c.members;
        copy.cardPos = c.cardPos;
        copy.followUp = c.followUp;
        copy.toPlenary = c.toPlenary;
        b.combinations.push_back(std::move(copy));
    }
    b.customTypes = table.customTypes;
    b.programme = table.programme;
    b.display = table.display;
    b.nextId = table.nextId;
    return b;
}

std::string compact(const Json& doc) { return doc.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string folded(std::string_view text) {
    std::string out;
    bool space = false;
    for (unsigned char ch : text) {
        if (std::isspace(ch)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(ch));
    }
    return out;
}

std::string municipalityOf(const Board& b, Id id) {
    const Municipality* m = findById(b.municipalities, id);
    return m ? m->name : std::string();
}

template <class Shared>
void sortShared(std::vector<Shared>& list) {
    std::sort(list.begin(), list.end(), [](const Shared& a, const Shared& b) {
        return a.tables.size() != b.tables.size() ? a.tables.size() > b.tables.size() : a.name < b.name;
    });
}

}  // namespace

std::string boardTopic(const std::string& table) { return kTablesPrefix + table + "/board"; }

std::string encodeSketch(const Board& table) {
    Json doc = Json::parse(boardToJsonText(cutDown(table)));
    std::string text = compact(doc);
    if (text.size() <= kMaxMessageBytes) return text;
    // Too much for one message: the oldest notes go first (each note's size
    // counted once, one more writing at the end), then combinations, then partners.
    Json& board = doc["board"];
    Json& notes = board["notes"];
    size_t excess = text.size() - kMaxMessageBytes, drop = 0;
    for (size_t saved = 0; drop < notes.size() && saved < excess; ++drop) saved += compact(notes[drop]).size() + 1;
    notes.erase(notes.begin(), notes.begin() + static_cast<std::ptrdiff_t>(drop));
    text = compact(doc);
    if (text.size() > kMaxMessageBytes) {
        board["combinations"] = Json::array();
        for (Json& a : board["actors"]) a["name"] = clipText(a["name"].get<std::string>(), 40);
        text = compact(doc);
    }
    while (text.size() > kMaxMessageBytes && !board["actors"].empty()) {
        Json& actors = board["actors"];
        actors.erase(actors.begin() + static_cast<std::ptrdiff_t>(actors.size() / 2), actors.end());
        text = compact(doc);
    }
    return text.size() <= kMaxMessageBytes ? text : std::string();  // bubbles and texts beyond any table's
}

std::optional<Board> decodeSketch(std::string_view text, std::string& why) {
    if (text.size() > kMaxMessageBytes) {
        why = "a table's board: larger than " + std::to_string(kMaxMessageBytes) + " bytes";
        return std::nullopt;
    }
    try {
        return boardFromJsonText(text, "a table's board");
    } catch (const LoadError& e) {
        why = e.what();
        return std::nullopt;
    }
}

std::vector<SharedPartner> sharedPartners(const std::map<std::string, Board>& boards) {
    std::map<std::pair<std::string, std::string>, SharedPartner> seen;
    for (const auto& [table, board] : boards) {
        for (const Actor& a : board.actors) {
            if (folded(a.name).empty()) continue;
            const std::string municipality = municipalityOf(board, a.municipality);
            SharedPartner& s = seen[{folded(a.name), folded(municipality)}];
            if (s.tables.empty()) s = {a.name, municipality, {}};
            if (std::find(s.tables.begin(), s.tables.end(), table) == s.tables.end()) s.tables.push_back(table);
        }
    }
    std::vector<SharedPartner> out;
    for (auto& [key, s] : seen)
        if (s.tables.size() > 1) out.push_back(std::move(s));
    sortShared(out);
    return out;
}

std::vector<SharedMunicipality> sharedMunicipalities(const std::map<std::string, Board>& boards) {
    std::map<std::string, SharedMunicipality> seen;
    for (const auto& [table, board] : boards) {
        for (const Municipality& m : board.municipalities) {
            if (folded(m.name).empty()) continue;
            SharedMunicipality& s = seen[folded(m.name)];
            if (s.tables.empty()) s.name = m.name;
            if (std::find(s.tables.begin(), s.tables.end(), table) == s.tables.end()) s.tables.push_back(table);
        }
    }
    std::vector<SharedMunicipality> out;
    for (auto& [key, s] : seen)
        if (s.tables.size() > 1) out.push_back(std::move(s));
    sortShared(out);
    return out;
}

}  // namespace nt::room
