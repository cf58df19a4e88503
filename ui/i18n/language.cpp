#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ebmui {

namespace {
const QString kLanguageKey = QStringLiteral("language");

// Owned here for the program's life: QCoreApplication keeps only pointers.
QTranslator& programTranslator() {
  static QTranslator translator;
  return translator;
}
QTranslator& qtTranslator() {
  static QTranslator translator;
  return translator;
}
QString& installedTag() {
  static QString tag = QStringLiteral("en");
  return tag;
}

bool speaks(const QString& tag) {
  for (const Language& language : languages())
    if (language.tag == tag) return true;
  return false;
}
}  // namespace

const std::vector<Language>& languages() {
  static const std::vector<Language> all{{QStringLiteral("en"), QStringLiteral("English")},
                                         {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
  return all;
}

QString savedLanguage() {
  const QString tag = QSettings().value(kLanguageKey).toString();
  return speaks(tag) ? tag : QString();
}

void saveLanguage(const QString& tag) {
  if (tag.isEmpty()) {
    QSettings().remove(kLanguageKey);
  } else {
    QSettings().setValue(kLanguageKey, tag);
  }
}

// uiLanguages() reads LANGUAGE, then LC_ALL / LC_MESSAGES / LANG, as "zh-CN" or "zh-Hans-CN".
QString systemLanguage() {
  for (QString name : QLocale::system().uiLanguages()) {
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name == QLatin1String("C")) continue;
    const QLocale locale(name);
    if (locale.language() == QLocale::English) return QStringLiteral("en");
    for (const Language& language : languages())
      if (QLocale(language.tag).language() == locale.language()) return language.tag;
  }
  return QStringLiteral("en");
}

QString installLanguage(const QString& tag) {
  QString chosen = tag.isEmpty() ? savedLanguage() : tag;
  if (chosen.isEmpty() || !speaks(chosen)) chosen = systemLanguage();
  QCoreApplication::removeTranslator(&programTranslator());
  QCoreApplication::removeTranslator(&qtTranslator());
  if (chosen != QLatin1String("en")) {
    if (programTranslator().load(QStringLiteral(":/i18n/ebmscape_%1.qm").arg(chosen)))
      QCoreApplication::installTranslator(&programTranslator());
    // Qt's own dialogs (file dialogs, message box buttons), from Debian's qt6-translations-l10n.
    if (qtTranslator().load(QStringLiteral("qtbase_%1").arg(chosen),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(&qtTranslator());
  }
  ebm::setTextLanguage(chosen.toStdString());
  installedTag() = chosen;
  return chosen;
}

QString currentLanguage() {
  return installedTag();
}

QString engineText(const std::string& text) {
  return QCoreApplication::translate("ebm", text.c_str());
}

// Whole names first ("outer moon"), then numbered ones by their stem ("gaussian" of "gaussian 3").
QString classText(const std::string& name) {
  QString whole = engineText(name);
  if (whole != QString::fromStdString(name)) return whole;
  const auto space = name.rfind(' ');
  if (space == std::string::npos) return whole;
  return engineText(name.substr(0, space)) + QString::fromStdString(name.substr(space));
}

QString shownText(const ebm::LocalizedText& text) {
  return QString::fromStdString(text.shown());
}

QString jsonText(const nlohmann::json& node, const char* key, const QString& fallback) {
  if (!node.is_object() || !node.contains(key)) return fallback;
  try {
    return shownText(ebm::readLocalizedText(node[key], key));
  } catch (const std::exception&) {
    return fallback;
  }
}

}  // namespace ebmui
