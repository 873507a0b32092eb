#pragma once

#include "domain/AppInfo.h"
#include "scheduler/FakeSources.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

namespace reelpulse::testing {

/// What the window tests with a scheduler share: settings in a temporary folder, and for each test a
/// fresh store, its tracking service and a fake platform world for the scheduler's readers.
class ScrapingWindowFixture
{
protected:
    /// Once per test case: QSettings write below a temporary folder, never to the user's settings.
    bool useTemporarySettings()
    {
        applyApplicationIdentity();
        if (!m_settingsDir.isValid())
            return false;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        return true;
    }

    /// Before each test: empty settings, a new store, service and fake world.
    bool openFreshStore()
    {
        QSettings().clear();
        m_dataDir = std::make_unique<QTemporaryDir>();
        if (!m_dataDir->isValid())
            return false;
        auto opened = Database::open(m_dataDir->path());
        if (!opened.ok())
            return false;
        m_database = std::move(opened.value());
        m_service = std::make_unique<TrackingService>(*m_database);
        m_world = std::make_shared<fake::World>();
        return true;
    }

    /// After each test.
    void closeStore()
    {
        m_service.reset();
        m_database.reset();
        m_dataDir.reset();
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
    std::shared_ptr<fake::World> m_world;
};

} // namespace reelpulse::testing
