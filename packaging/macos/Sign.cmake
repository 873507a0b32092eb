# CPack pre-build script (macOS): signs the staged app bundle with the hardened runtime and the entitlements
# QtWebEngine needs, before the DMG is made, when MACOS_SIGNING_IDENTITY names a "Developer ID Application"
# identity of the keychain. Notarisation then takes the DMG (see packaging/README.md).
if("$ENV{MACOS_SIGNING_IDENTITY}" STREQUAL "")
    message(STATUS "MACOS_SIGNING_IDENTITY is not set: the app bundle is not signed")
    return()
endif()
file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/reelpulse.app")
if(NOT bundles)
    file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/reelpulse.app")
endif()
foreach(bundle IN LISTS bundles)
    if(IS_DIRECTORY "${bundle}")
        execute_process(
            COMMAND codesign --force --deep --timestamp --options runtime
                    --entitlements "${CMAKE_CURRENT_LIST_DIR}/entitlements.plist"
                    --sign "$ENV{MACOS_SIGNING_IDENTITY}" "${bundle}"
            COMMAND_ERROR_IS_FATAL ANY)
        execute_process(COMMAND codesign --verify --strict --verbose=2 "${bundle}" COMMAND_ERROR_IS_FATAL ANY)
    endif()
endforeach()
