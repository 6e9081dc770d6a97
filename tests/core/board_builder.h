// Terse construction of test boards: each call adds one item with a fresh id
// and returns that id. Actors get the placement their position implies.
#pragma once

#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/board_file.h"
#include "core/model.h"
#include "core/placement.h"

namespace nt::test {

class BoardBuilder {
public:
    Id municipality(std::string name, Vec2 centre, double radius = 100, bool own = false,
                    std::uint32_t colour = 0x8FB8DEu) {
        Municipality m;
        m.id = m_board.nextId++;
        m.name = std::move(name);
        m.centre = centre;
        m.radius = radius;
        m.own = own;
        m.colour = colour;
        m_board.municipalities.push_back(std::move(m));
        return m_board.municipalities.back().id;
    }

    Id actor(std::string name, Vec2 pos, std::string type = "bibliotheek") {
        Actor a;
        a.id = m_board.nextId++;
        a.name = std::move(name);
        a.type = std::move(type);
        a.pos = pos;
        const Placement p = placementAt(m_board, pos);
        a.municipality = p.municipality;
        a.sector = p.sector;
        m_board.actors.push_back(std::move(a));
        return m_board.actors.back().id;
    }

    Id note(std::string text, Vec2 pos, NoteKind kind = NoteKind::Free, double rotation = 0) {
        Note n;
        n.id = m_board.nextId++;
        n.text = std::move(text);
        n.pos = pos;
        n.kind = kind;
        n.rotation = rotation;
        m_board.notes.push_back(std::move(n));
        return m_board.notes.back().id;
    }

    Id combination(std::string name, std::vector<Id> members) {
        Combination c;
        c.id = m_board.nextId++;
        c.name = std::move(name);
        c.members = std::move(members);
        m_board.combinations.push_back(std::move(c));
        return m_board.combinations.back().id;
    }

    Id vote(Id combination, std::string voter, std::string at = "2026-11-23T10:15:00Z") {
        Vote v;
        v.id = m_board.nextId++;
        v.combination = combination;
        v.voter = std::move(voter);
        v.at = std::move(at);
        m_board.votes.push_back(std::move(v));
        return m_board.votes.back().id;
    }

    BoardBuilder& customType(std::string id, std::string name, Sector sector, std::uint32_t colour = 0x9AA5B1u) {
        m_board.customTypes.push_back(CustomActorType{std::move(id), std::move(name), sector, colour});
        return *this;
    }

    Board& board() { return m_board; }
    Board build() const { return m_board; }

private:
    Board m_board;
};

// The whole content of a file, or "" when it cannot be read.
inline std::string fileText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The LoadError message for the board's file text after one change to the
// parsed JSON, read as "kapot.json"; "(no error)" when it still loads.
inline std::string loadErrorAfter(const Board& board, const std::function<void(nlohmann::ordered_json&)>& change) {
    auto doc = nlohmann::ordered_json::parse(boardToJsonText(board));
    change(doc);
    try {
        boardFromJsonText(doc.dump(2), "kapot.json");
        return "(no error)";
    } catch (const LoadError& e) {
        return e.what();
    }
}

inline std::filesystem::path testData(const std::string& name) { return std::filesystem::path(NT_TEST_DATA) / name; }
inline std::filesystem::path sourceAsset(const std::string& name) {
    return std::filesystem::path(NT_SOURCE_ASSETS) / name;
}

}  // namespace nt::test
