/**
 * Windows' own control variables, reserved on every OS: a Linux job can hand them on to a Windows
 * one (an artifact, a dotenv file, `run` on a self-hosted runner). Upper-case, as reserved.ts
 * matches; sources per category.
 */
import type { ReservedCategory } from './reserved-category.js';

export const WINDOWS_CATEGORIES: readonly ReservedCategory[] = [
  {
    // cmd.exe /? and "Command shell overview" (COMSPEC, PATHEXT, PROMPT, DIRCMD, COPYCMD); Node.js
    // child_process "Default Windows shell" (process.env.ComSpec runs `shell: true` and npm
    // scripts); Microsoft "Recognized environment variables" (the system and profile folders);
    // "Application Compatibility Toolkit" (__COMPAT_LAYER).
    name: 'Windows shell and system folders',
    why: 'on Windows they decide which shell and which programs run (ComSpec, PATHEXT), and where the system, programs and profiles are found',
    names: [
      'COMSPEC',
      'PATHEXT',
      'PROMPT',
      'DIRCMD',
      'COPYCMD',
      'SYSTEMROOT',
      'SYSTEMDRIVE',
      'WINDIR',
      'PROGRAMDATA',
      'PROGRAMFILES',
      'PROGRAMW6432',
      'COMMONPROGRAMFILES',
      'COMMONPROGRAMW6432',
      'ALLUSERSPROFILE',
      'APPDATA',
      'LOCALAPPDATA',
      'USERPROFILE',
      'HOMEDRIVE',
      'HOMEPATH',
      'PUBLIC',
      'PROCESSOR_ARCHITECTURE',
      'PROCESSOR_ARCHITEW6432',
      '__COMPAT_LAYER',
    ],
  },
  {
    // PowerShell about_Environment_Variables (PSModulePath, PSExecutionPolicyPreference,
    // PSModuleAnalysisCachePath) and about_Language_Modes (__PSLockdownPolicy).
    name: 'PowerShell',
    why: 'they decide which modules PowerShell loads, its execution policy and its language mode',
    names: ['PSMODULEPATH', 'PSEXECUTIONPOLICYPREFERENCE', 'PSMODULEANALYSISCACHEPATH', '__PSLOCKDOWNPOLICY'],
  },
  {
    // MSYS2 "Environments" and "Filesystem Paths" (MSYSTEM, MSYS2_PATH_TYPE, MSYS2_ARG_CONV_EXCL);
    // Git for Windows release notes (MSYS_NO_PATHCONV); Cygwin User's Guide "The CYGWIN
    // environment variable"; WSL "Share environment variables" (WSLENV).
    name: 'Git Bash, MSYS2, Cygwin and WSL',
    why: "they decide how Git Bash (the `bash` of GitHub's Windows runners) builds PATH and converts arguments, and what crosses into WSL",
    names: ['MSYS', 'MSYSTEM', 'MSYS_NO_PATHCONV', 'CYGWIN', 'CHERE_INVOKING', 'WSLENV'],
    prefixes: ['MSYS2_', 'MINGW_'],
  },
  {
    // MSVC "CL environment variables" (CL and _CL_ add options, /B1 and /FI among them), "LINK
    // environment variables", "Use the Microsoft C++ toolset from the command line" (INCLUDE, LIB,
    // LIBPATH, and the VS* and VC* folders vcvarsall.bat sets).
    name: 'MSVC build tools',
    why: 'the compiler and linker take extra options, headers and libraries from them',
    names: ['CL', '_CL_', 'LINK', '_LINK_', 'INCLUDE', 'LIB', 'LIBPATH', 'VSINSTALLDIR', 'VCINSTALLDIR', 'VCTOOLSINSTALLDIR', 'VCPKG_ROOT'],
    prefixes: ['VSCMD_'],
  },
];
