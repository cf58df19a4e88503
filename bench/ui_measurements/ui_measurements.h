// The window's measurements (how it feels, what drawing costs), printed, never asserted: the figures depend
// on the machine and its load. Each needs an X display (xvfb-run) and, for the window's, a QApplication.
#pragma once

namespace ebmui::measure {

/// composing-energies with T, then α, then the mixture weight dragged at 60 Hz: renders per second, render
/// times and the event loop's lateness.
void draggingSlidersOnTwoTrainedNetworks();
/// 10,000 particles on an analytic double well, then on a composition of two networks.
void tenThousandParticles();
/// training-an-ebm while PCD trains.
void eventLoopWhileTraining();
/// How long each part of a 2D scene (landscape and map) takes to draw, offscreen.
void layersOfALandscape();
/// The landscape surface alone at 48² … 384² nodes, at 500×900 and 100×180 pixels.
void surfaceResolution();

}  // namespace ebmui::measure
