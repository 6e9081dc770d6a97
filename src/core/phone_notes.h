// What the facilitator decides about notes and devices from phones: which
// phone notes the board shows (pending ones wait in the inbox, hidden ones
// are not drawn), approving or rejecting a waiting note, clearing every
// phone note at once, and taking back what a removed device left. Pure
// rules on the board; each returns one command (one undo step) or null.
#pragma once

#include <cstddef>

#include "core/commands.h"

namespace nt {

// Whether a note is drawn on the board and can be touched: not while it
// waits for approval, and not while the facilitator hides phone notes.
bool noteShown(const Board& board, const Note& note);

struct PhoneNoteCounts {
    size_t onBoard = 0;   // from phones, let in (shown unless hidden)
    size_t pending = 0;   // waiting in the inbox
};
PhoneNoteCounts countPhoneNotes(const Board& board);

// Lets a waiting note in where it was reserved; null when it does not wait.
CommandPtr approvePhoneNote(const Board& board, Id note);
// Deletes a waiting note; null when it does not wait.
CommandPtr rejectPhoneNote(const Board& board, Id note);
// Deletes every note that came from a phone (waiting or not) as one step;
// null when there is none.
CommandPtr clearPhoneNotes(const Board& board);

CommandPtr setApprovePhoneNotes(const Board& board, bool on);
CommandPtr setHidePhoneNotes(const Board& board, bool on);

// What a removed device leaves, taken back as one step: the votes it cast
// (its voter is deviceVoter(device)) and its notes still waiting for
// approval; its notes already let in stay. Null when there is neither.
// See PhoneHost::removeDevice for why.
CommandPtr takeBackDevice(const Board& board, int device);

}  // namespace nt
