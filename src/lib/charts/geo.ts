/**
 * Municipality boundaries (CBS/PDOK gebiedsindeling, simplified, WGS84) for
 * the map, fetched once from the app's own static folder and turned from
 * TopoJSON into GeoJSON features keyed by CBS code (GM0014 …).
 */
import { base } from '$app/paths';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

export type MunicipalityShape = Feature<Geometry, { code: string; naam: string }>;

let shapes: Promise<Map<string, MunicipalityShape>> | null = null;

export function loadShapes(): Promise<Map<string, MunicipalityShape>> {
	shapes ??= fetch(`${base}/data/gemeenten_2025.topojson`)
		.then((r) => {
			if (!r.ok) throw new Error(`map not found (${r.status})`);
			return r.json() as Promise<
				Topology<{ gemeenten: GeometryCollection<{ code: string; naam: string }> }>
			>;
		})
		.then((topology) => {
			const collection = feature(topology, topology.objects.gemeenten);
			return new Map(collection.features.map((f) => [String(f.id), f as MunicipalityShape]));
		});
	shapes.catch(() => (shapes = null));
	return shapes;
}
