// Field-wise changes of board items. A replace command writes only the
// fields it changed, so two people changing different fields of one item at
// once (one drags a note while another retypes it) do not undo each other.
#pragma once

#include "core/model.h"

namespace nt {

namespace detail {
template <class T, class... Members>
void patchFields(T& target, const T& from, const T& to, Members... members) {
    auto one = [&](auto member) {
        if (!(from.*member == to.*member)) target.*member = to.*member;
    };
    (one(members), ...);
}
}  // namespace detail

// Writes into `target` each field in which `from` and `to` differ, with `to`'s value.
inline void patchChanged(Municipality& target, const Municipality& from, const Municipality& to) {
    detail::patchFields(target, from, to, &Municipality::name, &Municipality::centre, &Municipality::radius,
                        &Municipality::colour, &Municipality::own);
}
inline void patchChanged(Actor& target, const Actor& from, const Actor& to) {
    detail::patchFields(target, from, to, &Actor::name, &Actor::type, &Actor::pos, &Actor::municipality, &Actor::sector,
                        &Actor::arena, &Actor::rotation);
}
inline void patchChanged(Note& target, const Note& from, const Note& to) {
    detail::patchFields(target, from, to, &Note::text, &Note::kind, &Note::pos, &Note::rotation,
                        &Note::fromPhone, &Note::pending);
}
inline void patchChanged(Combination& target, const Combination& from, const Combination& to) {
    detail::patchFields(target, from, to, &Combination::name, &Combination::members, &Combination::cardPos,
                        &Combination::motives, &Combination::form, &Combination::origin, &Combination::targetGroups,
                        &Combination::roles, &Combination::ideas, &Combination::scenario, &Combination::followUp,
                        &Combination::toPlenary, &Combination::fromTable);
}
inline void patchChanged(Vote& target, const Vote& from, const Vote& to) {
    detail::patchFields(target, from, to, &Vote::combination, &Vote::voter, &Vote::at);
}

}  // namespace nt
