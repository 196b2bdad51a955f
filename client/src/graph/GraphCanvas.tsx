// The graph drawn with sigma.js (WebGL) through @react-sigma/core; smooth with thousands of nodes.
import { SigmaContainer, useRegisterEvents, useSetSettings, useSigma } from "@react-sigma/core";
import { downloadAsPNG } from "@sigma/export-image";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { Component, type ReactNode, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./merge-neighbourhood";

declare global {
  interface Window {
    /** The renderer, exposed to browser automation only (navigator.webdriver), so tests can click a node. */
    __maillageSigma?: Sigma<NodeAttributes, EdgeAttributes>;
  }
}

/** Settings that never change (a new object would make react-sigma rebuild the renderer). */
const baseSettings: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  defaultEdgeType: "arrow",
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.6,
  labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  labelSize: 12,
  labelColor: { color: "#1d2533" },
  zIndex: true,
  // A page laid out in columns can give the canvas no width for a frame while it reflows (the network
  // page switching year); sigma then draws nothing instead of throwing, and draws again on resize.
  allowInvalidContainer: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 4,
};

interface GraphCanvasProps {
  graph: ExplorerGraph;
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  selected: string | null;
  /** Always labelled (the centre). */
  center: string;
  /** Changes whenever nodes were added: the layout runs again for a moment. */
  layoutVersion: number;
  onNodeClick: (ref: string) => void;
  onStageClick: () => void;
  description: string;
  fileName: string;
}

/** The canvas with its zoom, fit and export buttons; clicking a node selects and expands it. */
export function GraphCanvas(props: GraphCanvasProps) {
  const { t } = useTranslation();
  return (
    <CanvasBoundary fallback={<p className="notice">{t("graph.webglMissing")}</p>}>
      <figure className="graph-canvas" aria-label={props.description}>
        <SigmaContainer<NodeAttributes, EdgeAttributes> graph={props.graph} settings={baseSettings} className="sigma">
          <GraphBehaviour {...props} />
          <GraphControls fileName={props.fileName} />
        </SigmaContainer>
      </figure>
    </CanvasBoundary>
  );
}

/** Reducers (filters, selection), events and the layout, applied to the renderer. */
function GraphBehaviour({ visible, selected, center, layoutVersion, onNodeClick, onStageClick }: GraphCanvasProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const registerEvents = useRegisterEvents<NodeAttributes, EdgeAttributes>();
  const setSettings = useSetSettings<NodeAttributes, EdgeAttributes>();

  useEffect(() => {
    if (navigator.webdriver) window.__maillageSigma = sigma;
    return () => {
      if (window.__maillageSigma === sigma) delete window.__maillageSigma;
    };
  }, [sigma]);

  useEffect(() => {
    registerEvents({
      clickNode: ({ node }) => onNodeClick(node),
      clickStage: () => onStageClick(),
      enterNode: () => sigma.getContainer().classList.add("pointing"),
      leaveNode: () => sigma.getContainer().classList.remove("pointing"),
    });
  }, [registerEvents, sigma, onNodeClick, onStageClick]);

  const neighbours = useMemo(() => {
    const graph = sigma.getGraph();
    return selected && graph.hasNode(selected) ? new Set(graph.neighbors(selected)) : null;
    // layoutVersion: the selected node's neighbours change when nodes are added (the graph grows in place).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sigma, selected, layoutVersion]);

  useEffect(() => {
    setSettings({
      nodeReducer: (node, data) => {
        if (!visible.nodes.has(node)) return { ...data, hidden: true };
        if (node === selected)
          return { ...data, highlighted: true, forceLabel: true, size: data.size * 1.3, zIndex: 2 };
        if (neighbours && !neighbours.has(node))
          return { ...data, color: "#cfd6e0", label: node === center ? data.label : null, zIndex: 0 };
        // A selected node's few neighbours are named, so what an expansion brought in can be read.
        return { ...data, forceLabel: node === center || (neighbours !== null && neighbours.size <= 40), zIndex: 1 };
      },
      edgeReducer: (edge, data) => {
        if (!visible.edges.has(edge)) return { ...data, hidden: true };
        if (selected) {
          const touches = sigma.getGraph().extremities(edge).includes(selected);
          return touches ? { ...data, color: "#44506a", size: 2, zIndex: 1 } : { ...data, color: "#e6eaf0", zIndex: 0 };
        }
        return data;
      },
    });
  }, [setSettings, sigma, visible, selected, neighbours, center]);

  useEffect(() => {
    const graph = sigma.getGraph();
    if (graph.order < 2) return;
    const layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 4 } });
    layout.start();
    const timer = setTimeout(() => layout.stop(), Math.min(4_000, 1_200 + graph.order * 0.5));
    return () => {
      clearTimeout(timer);
      layout.kill();
    };
  }, [sigma, layoutVersion]);

  return null;
}

/** Zoom, fit to screen and PNG export, over the canvas. */
function GraphControls({ fileName }: { fileName: string }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const { t } = useTranslation();
  const camera = sigma.getCamera();
  return (
    <div className="graph-controls">
      <button
        type="button"
        aria-label={t("graph.zoomIn")}
        title={t("graph.zoomIn")}
        onClick={() => void camera.animatedZoom({ duration: 200 })}
      >
        +
      </button>
      <button
        type="button"
        aria-label={t("graph.zoomOut")}
        title={t("graph.zoomOut")}
        onClick={() => void camera.animatedUnzoom({ duration: 200 })}
      >
        −
      </button>
      <button
        type="button"
        aria-label={t("graph.fit")}
        title={t("graph.fit")}
        onClick={() => void camera.animatedReset({ duration: 300 })}
      >
        ⤢
      </button>
      <button
        type="button"
        className="export"
        title={t("graph.exportPng")}
        onClick={() => void downloadAsPNG(sigma as unknown as Sigma, { fileName, backgroundColor: "#ffffff" })}
      >
        PNG
        <span className="visually-hidden"> — {t("graph.exportPng")}</span>
      </button>
    </div>
  );
}

/** Shows `fallback` when the renderer cannot start (no WebGL). */
class CanvasBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
