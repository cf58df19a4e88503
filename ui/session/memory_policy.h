// How the window's process asks the C library to manage memory, so that hours of lessons do not keep
// memory they no longer use.
#pragma once

namespace ebmui {

/// Large blocks (energy grids, particle arrays, pictures) are taken from and given back to the system
/// directly rather than kept in the heap, where their holes fragment it and the resident size creeps up over
/// a long class. Call once at start; harmless to call again.
void useReturnableMemory();

}  // namespace ebmui
