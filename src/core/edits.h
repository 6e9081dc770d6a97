// Intents turned into commands: what a person means ("drop this actor here")
// becomes the exact change, computed from the board as it is now. Each
// function returns nullptr when the item no longer exists.
#pragma once

#include <string>

#include "core/commands.h"

namespace nt {

// New items take an id from History::newId(), so the caller knows it.
CommandPtr addNote(Id id, NoteKind kind, Vec2 pos, std::string text = {});
CommandPtr addActor(const Board& board, Id id, std::string type, std::string name, Vec2 pos);
CommandPtr addMunicipality(Id id, std::string name, Vec2 centre, double radius, std::uint32_t colour, bool own);

// Live moves while dragging; an actor keeps its placement until it is dropped.
CommandPtr moveNote(const Board& board, Id note, Vec2 pos);
CommandPtr moveActor(const Board& board, Id actor, Vec2 pos);
// Moves a bubble and every actor placed in it, so they travel together.
CommandPtr moveMunicipality(const Board& board, Id municipality, Vec2 centre);

// The drop: position plus the placement derived from it.
CommandPtr dropActor(const Board& board, Id actor, Vec2 pos);

CommandPtr setNoteText(const Board& board, Id note, std::string text);
CommandPtr setNoteKind(const Board& board, Id note, NoteKind kind);
CommandPtr rotateNote(const Board& board, Id note, double degrees);
CommandPtr rotateActor(const Board& board, Id actor, double degrees);
CommandPtr renameActor(const Board& board, Id actor, std::string name);
CommandPtr resizeMunicipality(const Board& board, Id municipality, double radius);

// Deleting an actor also takes it out of its combinations; deleting a bubble
// leaves its actors on the board, unassigned.
CommandPtr removeNote(const Board& board, Id note);
CommandPtr removeActor(const Board& board, Id actor);
CommandPtr removeMunicipality(const Board& board, Id municipality);

// Removes whichever item has this id.
CommandPtr removeItem(const Board& board, Id id);

}  // namespace nt
