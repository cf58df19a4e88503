// Where a view's camera looks from: the teacher's presets, the animation's orbit, and a fit that makes the
// scene fill its view.
#pragma once

class vtkRenderer;

namespace ebmui {

/// Fixed camera directions a teacher can jump to.
enum class CameraPreset { Top, Front, Iso };

/// Points the camera of `renderer` along a preset direction and fits it to the visible props.
void applyCameraPreset(vtkRenderer* renderer, CameraPreset preset);

/// The animation camera: the preset's view turned by `azimuth` degrees about the vertical axis and raised by
/// `elevation` degrees (the "camera.azimuth" and "camera.elevation" keyframe parameters).
void applyCameraOrbit(vtkRenderer* renderer, CameraPreset preset, double azimuth, double elevation);

/// Keeps the camera's direction and zooms (perspective: dollies) so that the box `bounds` fills the view as
/// the window's views do, leaving room for the colour bar and the axis labels. The renderer needs its size.
void fitCameraTightly(vtkRenderer* renderer, const double bounds[6]);

}  // namespace ebmui
