#include "export/still_image.h"

#include "export/output_target.h"
#include "export/png_frames_writer.h"
#include "simulation/simulation.h"

namespace ebmui {

void renderLessonStill(const ebm::Lesson& lesson, const QString& pngPath, int width, int height) {
  // Size and display first: refuse before spending time on the lesson.
  OffscreenScene scene(lesson, width, height);
  OutputTarget target(pngPath.toStdString(), OutputTarget::Kind::File);
  ebm::Simulation simulation(lesson);
  if (lesson.sampler.playing) {
    for (int i = 0; i < kStillWarmUpFrames; ++i)
      simulation.advanceFrame();
  }
  scene.show(simulation.currentFrame());
  RgbImage image;
  scene.render(image);
  const QByteArray png = encodePng(image);
  target.write(png.constData(), std::size_t(png.size()));
  target.commit();
}

}  // namespace ebmui
