// Intents on combinations turned into commands (see edits.h for the rest).
// Everything here is undoable. Each function returns nullptr when the
// combination (or the actor or note named) no longer exists or the change
// would do nothing.
#pragma once

#include <string>
#include <vector>

#include "core/commands.h"

namespace nt {

// A new combination of these actors (unknown ids are left out), its card
// placed at cardPos. Needs at least two actors.
CommandPtr createCombination(const Board& board, Id id, std::vector<Id> members, std::string name, Vec2 cardPos);
CommandPtr addMember(const Board& board, Id combination, Id actor);
// Also drops the actor's role in it.
CommandPtr removeMember(const Board& board, Id combination, Id actor);
CommandPtr renameCombination(const Board& board, Id combination, std::string name);
// Deleting a combination takes its votes with it; undo brings both back.
CommandPtr removeCombination(const Board& board, Id combination);

CommandPtr setMotives(const Board& board, Id combination, std::vector<std::string> motives);
CommandPtr setCollaborationForm(const Board& board, Id combination, CollaborationForm form);
// origin: a strength or weakness note, or kNoId to clear.
CommandPtr setOrigin(const Board& board, Id combination, Id origin);
CommandPtr setTargetGroups(const Board& board, Id combination, std::vector<std::string> groups);
CommandPtr setRole(const Board& board, Id combination, Id actor, PartnerRole role);
CommandPtr setScenario(const Board& board, Id combination, std::string scenario);
CommandPtr setFollowUp(const Board& board, Id combination, bool followUp);
// A table of a room of tables sends it to the room's plenary (or takes it back).
CommandPtr setToPlenary(const Board& board, Id combination, bool toPlenary);

// Idea notes on a combination's card travel with it. Attaching a note that
// hangs on another combination moves it over.
CommandPtr attachIdea(const Board& board, Id combination, Id note);
CommandPtr detachIdea(const Board& board, Id combination, Id note);
// Moves the card and its attached idea notes together.
CommandPtr moveCombinationCard(const Board& board, Id combination, Vec2 cardPos);

// True when every member sits in one and the same bubble: the method asks
// for partners from different bubbles, so the view says so, gently.
bool allInOneBubble(const Board& board, const Combination& combination);

// Where attached idea notes sit relative to their card.
Vec2 ideaSlotOnCard(const Combination& combination, size_t index);

}  // namespace nt
