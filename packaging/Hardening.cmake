# Release hardening (like Debian's dpkg-buildflags with hardening=+all): fortified libc calls, stack protector,
# position-independent executables (-fPIC -pie, see below) and a read-only, fully bound relocation table. Only in optimised builds
# (_FORTIFY_SOURCE needs optimisation) and never together with the sanitizers or libFuzzer, so the Debug test
# build is unchanged. `hardening-check /usr/bin/reelpulse /usr/bin/reelpulse-cli` verifies the result.
option(REELPULSE_HARDENING "Harden optimised builds (fortify, stack protector, PIE, RELRO, BIND_NOW)" ON)

if(REELPULSE_HARDENING AND NOT REELPULSE_SANITIZE AND NOT REELPULSE_FUZZ
   AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT WIN32)
    set(reelpulse_release_configs "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    # Position-independent code is -fPIC, not -fPIE: Qt is built with reduce-relocations (-Bsymbolic-functions), and
    # code compiled with -fPIE reaches Qt's data (every class's staticMetaObject) through copy relocations, so the
    # program and Qt would each use a copy of their own and the app crashes when the first signal is emitted (Qt
    # itself asks for -fPIC, "and not -fPIE"). Linked with -pie, objects built with -fPIC make a PIE just the same.
    target_compile_options(reelpulse_common_cfg INTERFACE
        "$<${reelpulse_release_configs}:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2;-fstack-protector-strong;-fPIC>")
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        # macOS links position-independent executables by default and has no RELRO.
        target_link_options(reelpulse_common_cfg INTERFACE
            "$<${reelpulse_release_configs}:-pie;-Wl,-z,relro,-z,now>")
    endif()
    message(STATUS "Hardening: on for Release, RelWithDebInfo and MinSizeRel builds")
endif()
